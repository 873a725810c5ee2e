#include "ui/ConnectionsChart.h"

#include "params/Format.h"
#include "ui/Theme.h"

#include <QPainter>

namespace kt::ui {

ConnectionsChart::ConnectionsChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionsChart"));
    setAccessibleName(tr("Keep-alive and middlebox chart"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize ConnectionsChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {360, 2 * (line + 10) + 6};
}

QSize ConnectionsChart::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void ConnectionsChart::setSummary(const inspect::ConnectionSummary &summary, double timeoutS)
{
    m_summary = summary;
    m_timeoutS = timeoutS;
    QString description = tr("Keep-alive on %1, off %2, unknown %3.")
                              .arg(summary.keepaliveOn)
                              .arg(summary.keepaliveOff)
                              .arg(summary.keepaliveUnknown);
    if (timeoutS > 0)
        description += tr(" A %1 middlebox keeps %2, cuts %3, cannot tell %4.")
                           .arg(formatSeconds(timeoutS))
                           .arg(summary.survive)
                           .arg(summary.cut)
                           .arg(summary.cutUnknown);
    setAccessibleDescription(description);
    setToolTip(description);
    update();
}

void ConnectionsChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const int line = fontMetrics().height();
    const int labelWidth =
        std::min(width() / 3, fontMetrics().horizontalAdvance(tr("Middlebox")) + 16);
    struct Part
    {
        int count;
        QColor colour;
        QString label;
    };
    const auto bar = [&](int y, const QString &title, const QList<Part> &parts) {
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(0, y, labelWidth, line + 6), Qt::AlignLeft | Qt::AlignVCenter,
                         title);
        const QRect area(labelWidth, y + 2, width() - labelWidth - 1, line + 2);
        int total = 0;
        for (const Part &p : parts)
            total += p.count;
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme::cardBorder(pal));
        painter.drawRoundedRect(area, 3, 3);
        if (total == 0)
            return;
        int x = area.left();
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const Part &p = parts[i];
            if (p.count == 0)
                continue;
            const int w = i + 1 == parts.size() ? area.right() + 1 - x
                                                : int(double(area.width()) * p.count / total);
            const QRect segment(x, area.top(), w, area.height());
            painter.setPen(Qt::NoPen);
            painter.setBrush(p.colour);
            painter.drawRect(segment);
            const QString text = QStringLiteral("%1 %2").arg(p.label).arg(p.count);
            if (fontMetrics().horizontalAdvance(text) + 8 <= w) {
                // Black or white, whichever reads better on the segment.
                const double luminance = 0.2126 * p.colour.redF() + 0.7152 * p.colour.greenF() +
                                         0.0722 * p.colour.blueF();
                painter.setPen(luminance > 0.45 ? QColor(0x11, 0x11, 0x11) : QColor(Qt::white));
                painter.drawText(segment, Qt::AlignCenter, text);
            }
            x += w;
        }
    };
    bar(0, tr("Keep-alive"),
        {{m_summary.keepaliveOn, theme::probe(pal), tr("on")},
         {m_summary.keepaliveOff, theme::idle(pal), tr("off")},
         {m_summary.keepaliveUnknown, theme::subtleText(pal), tr("unknown")}});
    if (m_timeoutS > 0)
        bar(line + 10, tr("Middlebox"),
            {{m_summary.survive, theme::ack(pal), tr("keeps")},
             {m_summary.cut, theme::abort(pal), tr("cuts")},
             {m_summary.cutUnknown, theme::subtleText(pal), tr("?")}});
    else {
        painter.setPen(theme::subtleText(pal));
        painter.drawText(QRect(0, line + 10, width(), line + 6), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Middlebox: choose a timeout to see which connections it cuts"));
    }
}

} // namespace kt::ui
