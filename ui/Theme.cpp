#include "ui/Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace kt::ui::theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor idle(const QPalette &palette)
{
    return palette.color(QPalette::Mid);
}

QColor probe(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

QColor ack(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5c, 0xc8, 0x7a) : QColor(0x2e, 0x8b, 0x57);
}

QColor unanswered(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf5, 0xb0, 0x41) : QColor(0xc7, 0x7c, 0x02);
}

QColor abort(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QColor warning(const QPalette &palette)
{
    return unanswered(palette);
}

QColor timerWindow(const QPalette &palette)
{
    QColor c = probe(palette);
    c.setAlpha(isDark(palette) ? 70 : 50);
    return c;
}

QColor subtleText(const QPalette &palette)
{
    QColor text = palette.color(QPalette::WindowText);
    text.setAlpha(170);
    return text;
}

QColor cardBackground(const QPalette &palette)
{
    // Halfway between the window and the base colour: cards stand out from
    // the window, and the input fields on them (drawn in the base colour)
    // stand out from the cards, in light and dark palettes alike.
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF((window.redF() + base.redF()) / 2,
                            (window.greenF() + base.greenF()) / 2,
                            (window.blueF() + base.blueF()) / 2);
}

QColor cardBorder(const QPalette &palette)
{
    return palette.color(QPalette::Mid);
}

QFont strongFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont headlineFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 1.25);
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont valueFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 1.6);
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont captionFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xe8, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window.lighter(110));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(115));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.lighter(160));
    p.setColor(QPalette::Dark, window.darker(140));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x4a, 0x9e, 0xff));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8c, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette();
}

namespace {

struct SystemAppearance
{
    bool captured = false;
    QString styleName;
    QPalette palette;
};

SystemAppearance &systemAppearance()
{
    static SystemAppearance system;
    if (!system.captured) {
        system.captured = true;
        system.styleName = QApplication::style()->name();
        system.palette = QApplication::palette();
    }
    return system;
}

} // namespace

void applyAppearance(Appearance appearance)
{
    const SystemAppearance &system = systemAppearance();
    const QString styleName =
        appearance == Appearance::System ? system.styleName : QStringLiteral("fusion");
    if (QApplication::style()->name().compare(styleName, Qt::CaseInsensitive) != 0) {
        if (QStyle *style = QStyleFactory::create(styleName))
            QApplication::setStyle(style);
    }
    switch (appearance) {
    case Appearance::System:
        QApplication::setPalette(system.palette);
        break;
    case Appearance::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Appearance::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace kt::ui::theme
