#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

// On the manager's database: which field officer a package is for, and whether it is a new
// starter package (a lost or new laptop). Setting up a field laptop always makes a starter
// package, and the dialog says what the officer does with the file.
class OfficerPackageDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Send, SetUpLaptop };

    OfficerPackageDialog(const QStringList &officers, Purpose purpose, QWidget *parent = nullptr);

    QString officer() const;
    bool starter() const;
    QComboBox *officers() const { return m_officers; }
    QCheckBox *starterBox() const { return m_starter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Purpose m_purpose;
    QLabel *m_intro;
    QLabel *m_officerLabel;
    QComboBox *m_officers;
    QCheckBox *m_starter;
    QDialogButtonBox *m_buttons;
};
