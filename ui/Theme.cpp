#include "ui/Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>
#include <memory>

namespace kt::ui::theme {

namespace {

// WCAG 2.x relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Moves `colour` towards black (on a light plot) or white (on a dark one)
// until it reaches `ratio` against the plot's background, keeping its hue:
// WCAG AA asks 3:1 for marks and 4.5:1 for text, and a system palette's
// Highlight or Mid need not meet it. The targets carry a margin for
// antialiasing.
QColor withContrast(const QColor &colour, const QPalette &palette, double ratio)
{
    const QColor background = cardBackground(palette);
    const QColor towards = luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    QColor c = colour;
    for (int step = 1; step <= 40 && contrast(c, background) < ratio; ++step) {
        const double f = step / 40.0;
        c = QColor::fromRgbF(colour.redF() + (towards.redF() - colour.redF()) * f,
                             colour.greenF() + (towards.greenF() - colour.greenF()) * f,
                             colour.blueF() + (towards.blueF() - colour.blueF()) * f);
    }
    return c;
}

constexpr double kMarkRatio = 3.3; // WCAG AA 3:1 for graphical objects
constexpr double kTextRatio = 4.8; // WCAG AA 4.5:1 for text (these also label)

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor idle(const QPalette &palette)
{
    // Neutral: the palette's mid grey, darkened (lightened) until the idle
    // bar reads as a mark; Mid alone is about 1.9:1 on the plot.
    return withContrast(palette.color(QPalette::Mid), palette, kMarkRatio);
}

QColor probe(const QPalette &palette)
{
    return withContrast(palette.color(QPalette::Highlight), palette, kMarkRatio);
}

// Ack, unanswered and abort also colour words ("no answer", "ETIMEDOUT
// after …", the verdict), so they meet the text ratio.
QColor ack(const QPalette &palette)
{
    return withContrast(isDark(palette) ? QColor(0x5c, 0xc8, 0x7a) : QColor(0x2e, 0x8b, 0x57),
                        palette, kTextRatio);
}

QColor unanswered(const QPalette &palette)
{
    return withContrast(isDark(palette) ? QColor(0xf5, 0xb0, 0x41) : QColor(0xc7, 0x7c, 0x02),
                        palette, kTextRatio);
}

QColor abort(const QPalette &palette)
{
    return withContrast(isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28),
                        palette, kTextRatio);
}

QColor warning(const QPalette &palette)
{
    return unanswered(palette);
}

QColor middlebox(const QPalette &palette)
{
    // Violet: apart from the probe's blue, the ACK's green, amber and red.
    return withContrast(isDark(palette) ? QColor(0xc7, 0x92, 0xea) : QColor(0x8e, 0x44, 0xad),
                        palette, kTextRatio);
}

QColor deadline(const QPalette &palette)
{
    // The text colour at full strength: a limit, not an event.
    return withContrast(palette.color(QPalette::WindowText), palette, kTextRatio);
}

QColor timerWindow(const QPalette &palette)
{
    QColor c = probe(palette);
    c.setAlpha(isDark(palette) ? 70 : 50);
    return c;
}

QColor subtleText(const QPalette &palette)
{
    // Softer than the text colour, still 4.5:1 or more on the plot.
    QColor text = withContrast(palette.color(QPalette::WindowText), palette, kTextRatio);
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
