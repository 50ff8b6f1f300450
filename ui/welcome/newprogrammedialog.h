#pragma once

#include "domain/programme.h"

#include <QDialog>

class ErrorLabel;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks for the new database file and the programme's code, names and dates. The file must
// not exist yet: creating a programme never overwrites anything.
class NewProgrammeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewProgrammeDialog(const QString &suggestedPath, QWidget *parent = nullptr);

    QString path() const;
    Programme programme() const;
    void showError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void check();

    QList<QLabel *> m_labels;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLineEdit *m_code;
    QLineEdit *m_nameEn;
    QLineEdit *m_nameZh;
    QLineEdit *m_focus;
    QDateEdit *m_start;
    QDateEdit *m_end;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};
