#pragma once

#include "domain/user.h"
#include "result.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ErrorLabel;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class PasswordDialog;
class QPushButton;
class QStandardItemModel;
class QTableView;
class Session;

// Accounts: an administrator sees every account in a table beside an editor (user name, full
// name, role, active, the sites a field officer may edit) and creates accounts and sets
// passwords; everyone else sees only their own account and changes their own password.
// UserService checks the permissions again; this page only hides what the actor may not do.
class UsersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(QWidget *parent = nullptr);

    void setSession(Session *session);
    QTableView *view() const { return m_view; }
    // Typing not yet saved (the main window saves it before closing or switching).
    bool hasPendingEdits() const { return isModified(); }
    bool applyEdits() { return !isModified() || save(); }
    void discardEdits();

public slots:
    // Stores the editor's changes to the shown account; false (and a message) when refused.
    bool save();
    void newUser();
    void setPassword();
    void changeMyPassword();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void fillSites(const QList<qint64> &checked);
    void showUser(const User &user);
    void clearEditor();
    void select(qint64 userId);
    void currentRowChanged();
    User edited() const;
    bool isModified() const;
    bool isAdmin() const;
    void showError(const QString &message, std::function<QString()> again = {});
    // Shows why a password dialog's entry was refused, in the dialog and on the page.
    void showPasswordRefusal(PasswordDialog &d, const QString &name, const QString &message);
    // After a password dialog's change: shows why it was refused, or notifies the session.
    bool finishPasswordChange(PasswordDialog &d, const QString &name, const Result<User> &changed);

    QPointer<Session> m_session;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QLabel *m_intro;
    QGroupBox *m_editorBox;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_fullNameLabel;
    QLineEdit *m_fullName;
    QLabel *m_roleLabel;
    QComboBox *m_role;
    QCheckBox *m_active;
    QLabel *m_sitesLabel;
    QListWidget *m_sites;
    QLabel *m_sitesHint;
    ErrorLabel *m_error;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_setPassword;
    QPushButton *m_changeOwn;

    User m_shown;           // the stored account in the editor; id 0 when none
    bool m_selecting = false;
    // Asks for the shown message again in the current language after a language switch.
    std::function<QString()> m_errorAgain;
};
