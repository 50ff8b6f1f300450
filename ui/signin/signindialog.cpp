#include "signindialog.h"

#include "services/userservice.h"
#include "shell/widgets.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

SignInDialog::SignInDialog(Database &database, Mode mode, QWidget *parent, const QString &username)
    : QDialog(parent), m_database(database), m_mode(mode)
{
    setObjectName(QStringLiteral("signInDialog"));
    m_intro = namedChild<QLabel>(this, "intro");
    m_intro->setWordWrap(true);
    m_hint = namedChild<QLabel>(this, "hint");
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #555;"));
    m_hint->hide();
    m_userLabel = new QLabel(this);
    m_user = namedChild<QLineEdit>(this, "username");
    m_user->setText(username);
    m_fullNameLabel = new QLabel(this);
    m_fullName = namedChild<QLineEdit>(this, "fullName");
    m_passwordLabel = new QLabel(this);
    m_password = namedChild<QLineEdit>(this, "password");
    m_password->setEchoMode(QLineEdit::Password);
    m_repeatLabel = new QLabel(this);
    m_repeat = namedChild<QLineEdit>(this, "repeatPassword");
    m_repeat->setEchoMode(QLineEdit::Password);
    m_error = namedChild<ErrorLabel>(this, "error");
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_wait = new QTimer(this);
    m_wait->setInterval(500);
    connect(m_wait, &QTimer::timeout, this, &SignInDialog::updateWait);

    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_fullNameLabel, m_fullName);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    const bool first = mode == Mode::FirstAdmin;
    m_fullNameLabel->setVisible(first);
    m_fullName->setVisible(first);
    m_repeatLabel->setVisible(first);
    m_repeat->setVisible(first);
    m_user->setReadOnly(mode == Mode::Unlock);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    setMinimumWidth(460);
    retranslateUi();
    (mode == Mode::Unlock || !username.isEmpty() ? m_password : m_user)->setFocus();
}

void SignInDialog::retranslateUi()
{
    switch (m_mode) {
    case Mode::SignIn:
        setWindowTitle(tr("Sign in"));
        m_intro->setText(tr("Sign in to %1 with your ScaleReady account.").arg(m_database.path()));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
        break;
    case Mode::FirstAdmin:
        setWindowTitle(tr("Create the administrator"));
        m_intro->setText(tr("This database has no accounts yet. Create its administrator, who then adds the programme "
                            "managers, field officers and viewers. Use a password of at least %1 characters.")
                             .arg(UserService::MinimumPasswordLength));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Locked"));
        m_intro->setText(tr("ScaleReady locked itself after a time without use. Nothing you entered is lost: enter the "
                            "password to go on."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
        break;
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setText(m_mode == Mode::Unlock ? tr("Close the database") : tr("Cancel"));
    m_hint->setText(tr("Demonstration accounts: admin, manager, officer and viewer, each with the password \"demo\"."));
    m_userLabel->setText(tr("User name:"));
    m_fullNameLabel->setText(tr("Full name:"));
    m_passwordLabel->setText(tr("Password:"));
    m_repeatLabel->setText(tr("Repeat the password:"));
    updateWait();
}

void SignInDialog::setDemonstration(bool demonstration)
{
    m_demonstration = demonstration;
    m_hint->setVisible(demonstration);
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::updateWait()
{
    if (m_mode == Mode::FirstAdmin)
        return;
    const int wait = UserService(m_database, Actor::system()).secondsToWait(m_user->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(wait == 0);
    if (wait > 0) {
        m_error->showError(tr("Too many wrong passwords: you can try again in %n second(s).", nullptr, wait));
        m_wait->start();
    } else if (m_wait->isActive()) {
        m_wait->stop();
        m_error->showError(QString());
    }
}

void SignInDialog::accept()
{
    UserService users(m_database, Actor::system());
    if (m_mode == Mode::FirstAdmin) {
        if (m_password->text() != m_repeat->text()) {
            m_error->showError(tr("The two passwords differ."));
            m_repeat->setFocus();
            return;
        }
        auto created = users.createFirstAdmin(m_user->text(), m_fullName->text(), m_password->text());
        if (!created) {
            m_error->showError(created.error());
            return;
        }
        m_actor = Actor{created.value().meta.id, created.value().username, created.value().role};
    } else {
        auto signedIn = users.signIn(m_user->text(), m_password->text());
        m_password->clear();
        if (!signedIn) {
            m_error->showError(signedIn.error());
            m_password->setFocus();
            updateWait();
            return;
        }
        m_actor = signedIn.value();
    }
    m_password->clear();
    m_repeat->clear();
    QDialog::accept();
}

void SignInDialog::reject()
{
    m_password->clear();
    m_repeat->clear();
    QDialog::reject();
}
