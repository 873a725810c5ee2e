#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

namespace kt::ui {

// The one visual language of the application: idle time neutral, a probe in
// the accent colour, an unanswered probe amber, the abort red, a timer window
// a shaded span. Colours derive from the palette where they can, so light and
// dark themes both work; the fixed hues are chosen to read on either.
namespace theme {

QColor idle(const QPalette &palette);
QColor probe(const QPalette &palette);
QColor ack(const QPalette &palette);
QColor unanswered(const QPalette &palette);
QColor abort(const QPalette &palette);
QColor timerWindow(const QPalette &palette);
QColor subtleText(const QPalette &palette);
QColor cardBackground(const QPalette &palette);
QColor cardBorder(const QPalette &palette);
QColor warning(const QPalette &palette);
// The tuning goal on the timeline: the middlebox that forgets the flow (a
// dashed line) and the detection deadline. They also colour their words.
QColor middlebox(const QPalette &palette);
QColor deadline(const QPalette &palette);

bool isDark(const QPalette &palette);

// Fonts relative to the application font, so the user's size setting holds.
// Few distinct fonts on purpose: each one is a font-engine load (fontconfig
// match and glyph tables) before the first frame can be drawn.
QFont strongFont(const QFont &base);
QFont headlineFont(const QFont &base);
QFont valueFont(const QFont &base);
QFont captionFont(const QFont &base);

// A dark palette for screenshots and the dark-palette tests (Fusion style).
QPalette darkPalette();
// Fusion's own light palette: the Light appearance, whatever the desktop uses.
QPalette lightPalette();

// What the user chose in View > Appearance.
enum class Appearance
{
    System,
    Light,
    Dark
};

// Applies an appearance to the whole application, live: Light and Dark use the
// Fusion style with lightPalette() or darkPalette(); System puts back the style
// and palette the platform gave the application, as remembered on the first
// call. Widgets follow through QEvent::PaletteChange / StyleChange.
void applyAppearance(Appearance appearance);

} // namespace theme
} // namespace kt::ui
