#pragma once

#include "auth/actor.h"

#include <QDialog>

#include <optional>

class Database;
class ErrorLabel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

// Signs a user in to an open database, creates the first administrator of a new one, or
// unlocks the window after the idle time (the user name then fixed). Wrong passwords make the
// next attempt wait longer (UserService::signIn); the dialog counts the wait down.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, FirstAdmin, Unlock };

    SignInDialog(Database &database, Mode mode, QWidget *parent = nullptr, const QString &username = {});

    std::optional<Actor> actor() const { return m_actor; }
    // The demonstration database: the dialog names its accounts.
    void setDemonstration(bool demonstration);
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateWait();

    Database &m_database;
    Mode m_mode;
    std::optional<Actor> m_actor;
    QLabel *m_intro;
    QLabel *m_hint;
    bool m_demonstration = false;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_fullNameLabel;
    QLineEdit *m_fullName;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    QTimer *m_wait;
};
