#pragma once

class QColor;
class QLabel;
class QString;
class QTableView;
class QWidget;

namespace kt::ui::connectionpage {

// The look the parts of the Test connection page share (ConnectionForm,
// ConnectionDetails, ConnectionEventLog and the page's connection list).

// A caption over a card's content, in the semi-bold weight.
QLabel *makeCaption(const QString &text, QWidget *parent);

// Labels on a card (Base background) draw with the Text role, elsewhere with
// WindowText; set both so the colour holds wherever the label sits.
void setTextColor(QLabel *label, const QColor &color);

// A read-only table of whole rows without grid or row numbers.
void configureTable(QTableView *table);

} // namespace kt::ui::connectionpage
