#pragma once

#include "ui/CardFrame.h"

class QLabel;

namespace kt {
struct SettingState;
}

namespace kt::ui {

// One keep-alive sysctl on the System page: what it is, the kernel's value
// with its unit, the default and range, and where the value comes from.
class SettingCard : public CardFrame
{
    Q_OBJECT
public:
    explicit SettingCard(QWidget *parent = nullptr);

    void setState(const SettingState &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_title = nullptr;
    QLabel *m_key = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_range = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_overridden = nullptr;
    QLabel *m_differs = nullptr;
};

} // namespace kt::ui
