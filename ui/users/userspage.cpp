#include "userspage.h"

#include "services/userservice.h"
#include "shell/session.h"
#include "shell/widgets.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Column { UserName, FullName, RoleColumn, ActiveColumn, SitesColumn, ColumnCount };

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

// Asks for a password twice (and, for a new account, its user name; for one's own account,
// the current password). It stays open with a message while the entries are refused, so
// nothing typed is lost; the page's handler does the change and says whether it worked.
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { NewUser, SetPassword, OwnPassword };
    // Carries out the change; returns false after calling showError().
    using Handler = std::function<bool(PasswordDialog &dialog)>;

    PasswordDialog(Mode mode, const QString &username, Handler handler, QWidget *parent)
        : QDialog(parent), m_mode(mode), m_name(username), m_handler(std::move(handler))
    {
        setObjectName(QStringLiteral("passwordDialog"));
        setAttribute(Qt::WA_DeleteOnClose);
        m_intro = namedChild<QLabel>(this, "dialogIntro");
        m_intro->setWordWrap(true);
        m_usernameLabel = new QLabel(this);
        m_username = namedChild<QLineEdit>(this, "newUsername");
        m_currentLabel = new QLabel(this);
        m_current = namedChild<QLineEdit>(this, "currentPassword");
        m_passwordLabel = new QLabel(this);
        m_password = namedChild<QLineEdit>(this, "password");
        m_repeatLabel = new QLabel(this);
        m_repeat = namedChild<QLineEdit>(this, "repeatPassword");
        for (QLineEdit *e : {m_current, m_password, m_repeat})
            e->setEchoMode(QLineEdit::Password);
        m_error = namedChild<ErrorLabel>(this, "dialogError");
        m_buttons = namedChild<QDialogButtonBox>(this, "buttons");
        m_buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

        auto *form = new QFormLayout;
        form->addRow(m_usernameLabel, m_username);
        form->addRow(m_currentLabel, m_current);
        form->addRow(m_passwordLabel, m_password);
        form->addRow(m_repeatLabel, m_repeat);
        m_usernameLabel->setBuddy(m_username);
        m_currentLabel->setBuddy(m_current);
        m_passwordLabel->setBuddy(m_password);
        m_repeatLabel->setBuddy(m_repeat);
        const bool askName = m_mode == Mode::NewUser;
        const bool askCurrent = m_mode == Mode::OwnPassword;
        m_usernameLabel->setVisible(askName);
        m_username->setVisible(askName);
        m_currentLabel->setVisible(askCurrent);
        m_current->setVisible(askCurrent);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_intro);
        layout->addLayout(form);
        layout->addWidget(m_error);
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::tryAccept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        retranslateUi();
        (askName ? m_username : askCurrent ? m_current : m_password)->setFocus();
    }

    Mode mode() const { return m_mode; }
    QString username() const { return m_mode == Mode::NewUser ? m_username->text() : m_name; }
    QString password() const { return m_password->text(); }
    QString currentPassword() const { return m_current->text(); }

    void showError(const QString &message, std::function<QString()> again = {})
    {
        m_error->showError(message);
        m_errorAgain = std::move(again);
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslateUi();
        QDialog::changeEvent(event);
    }

private:
    void retranslateUi()
    {
        switch (m_mode) {
        case Mode::NewUser:
            setWindowTitle(tr("New user"));
            m_intro->setText(tr("The new account starts as a viewer; choose its role and sites in the editor afterwards. "
                                "Passwords need at least %n character(s).",
                                nullptr, UserService::MinimumPasswordLength));
            break;
        case Mode::SetPassword:
            setWindowTitle(tr("Set password"));
            m_intro->setText(tr("A new password for %1. Passwords need at least %n character(s).", nullptr,
                                UserService::MinimumPasswordLength)
                                 .arg(m_name));
            break;
        case Mode::OwnPassword:
            setWindowTitle(tr("Change my password"));
            m_intro->setText(tr("Type your current password, then the new one twice. Passwords need at least %n "
                                "character(s).",
                                nullptr, UserService::MinimumPasswordLength));
            break;
        }
        m_usernameLabel->setText(tr("&User name:"));
        m_username->setPlaceholderText(tr("letters and digits, no spaces"));
        m_currentLabel->setText(tr("&Current password:"));
        m_passwordLabel->setText(tr("&New password:"));
        m_repeatLabel->setText(tr("&Repeat the password:"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
        if (m_errorAgain && !m_error->isHidden()) {
            if (const QString again = m_errorAgain(); !again.isEmpty())
                m_error->showError(again);
        }
    }

    void tryAccept()
    {
        if (m_password->text() != m_repeat->text()) {
            const auto differ = [] { return tr("The two passwords differ: type the same password in both fields."); };
            showError(differ(), differ);
            m_repeat->setFocus();
            m_repeat->selectAll();
            return;
        }
        if (m_handler && !m_handler(*this))
            return;
        accept();
    }

    Mode m_mode;
    QString m_name;
    Handler m_handler;
    QLabel *m_intro;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_currentLabel;
    QLineEdit *m_current;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    std::function<QString()> m_errorAgain;
};

UsersPage::UsersPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("usersPage"));
    m_intro = namedChild<QLabel>(this, "intro");
    m_intro->setWordWrap(true);
    m_view = namedChild<QTableView>(this, "usersView");
    m_model = new QStandardItemModel(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_editorBox = namedChild<QGroupBox>(this, "editor");
    m_usernameLabel = new QLabel(this);
    m_username = namedChild<QLineEdit>(this, "username");
    m_fullNameLabel = new QLabel(this);
    m_fullName = namedChild<QLineEdit>(this, "fullName");
    m_roleLabel = new QLabel(this);
    m_role = namedChild<QComboBox>(this, "role");
    m_active = namedChild<QCheckBox>(this, "active");
    m_sitesLabel = new QLabel(this);
    m_sites = namedChild<QListWidget>(this, "sites");
    m_sitesHint = namedChild<QLabel>(this, "sitesHint");
    m_sitesHint->setWordWrap(true);
    m_error = namedChild<ErrorLabel>(this, "error");
    m_new = namedChild<QPushButton>(this, "newUser");
    m_save = namedChild<QPushButton>(this, "save");
    m_save->setDefault(true);
    m_setPassword = namedChild<QPushButton>(this, "setPassword");
    m_changeOwn = namedChild<QPushButton>(this, "changeMyPassword");

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_fullNameLabel, m_fullName);
    form->addRow(m_roleLabel, m_role);
    form->addRow(QString(), m_active);
    form->addRow(m_sitesLabel, m_sites);
    form->addRow(QString(), m_sitesHint);
    m_usernameLabel->setBuddy(m_username);
    m_fullNameLabel->setBuddy(m_fullName);
    m_roleLabel->setBuddy(m_role);
    m_sitesLabel->setBuddy(m_sites);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_setPassword);
    buttons->addWidget(m_changeOwn);
    buttons->addWidget(m_save);
    auto *editorLayout = new QVBoxLayout(m_editorBox);
    editorLayout->addLayout(form, 1);
    editorLayout->addWidget(m_error);
    editorLayout->addLayout(buttons);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_intro);
    leftLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_editorBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersPage::currentRowChanged);
    connect(m_new, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(m_save, &QPushButton::clicked, this, &UsersPage::save);
    connect(m_setPassword, &QPushButton::clicked, this, &UsersPage::setPassword);
    connect(m_changeOwn, &QPushButton::clicked, this, &UsersPage::changeMyPassword);
    for (QLineEdit *e : {m_username, m_fullName})
        connect(e, &QLineEdit::returnPressed, this, &UsersPage::save);
    retranslateUi();
    setSession(nullptr);
}

void UsersPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::changed, this, [this](Session::Entity e) {
            if (e == Session::Entity::User || e == Session::Entity::Site)
                reload();
        });
        connect(m_session, &Session::programmeChanged, this, [this] { fillSites(edited().siteIds); });
    }
    m_shown = User{};
    clearEditor();
    showError(QString());
    const bool admin = isAdmin();
    // What the actor may not do is hidden or read-only; UserService refuses it anyway.
    for (QWidget *w : {static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_setPassword)})
        w->setVisible(admin);
    m_changeOwn->setVisible(m_session && !admin);
    m_username->setReadOnly(!admin);
    m_fullName->setReadOnly(!admin);
    m_role->setEnabled(admin);
    m_active->setEnabled(admin);
    m_sites->setEnabled(admin);
    m_intro->setText(admin ? tr("All accounts of this database. Select one to edit it.")
                           : tr("Your account. Only an administrator can change roles and site assignments."));
    reload();
}

bool UsersPage::isAdmin() const
{
    return m_session && m_session->actor().role == Role::Admin;
}

void UsersPage::retranslateUi()
{
    m_intro->setText(isAdmin() ? tr("All accounts of this database. Select one to edit it.")
                               : tr("Your account. Only an administrator can change roles and site assignments."));
    m_editorBox->setTitle(tr("Account"));
    m_usernameLabel->setText(tr("&User name:"));
    m_username->setPlaceholderText(tr("letters and digits, no spaces"));
    m_fullNameLabel->setText(tr("&Full name:"));
    m_fullName->setPlaceholderText(tr("e.g. Wang Fang (王芳)"));
    m_roleLabel->setText(tr("&Role:"));
    fillVocabularyCombo<Role>(m_role);
    m_active->setText(tr("&Active (may sign in)"));
    m_sitesLabel->setText(tr("Assigned &sites:"));
    m_sitesHint->setText(tr("Field officers enter and submit data only for the sites ticked here; the other roles are "
                            "not limited by them."));
    m_new->setText(tr("&New user…"));
    m_new->setToolTip(tr("Create an account with a user name and a password"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Store the changes to this account"));
    m_setPassword->setText(tr("Set &password…"));
    m_setPassword->setToolTip(tr("Give this account a new password"));
    m_changeOwn->setText(tr("&Change my password…"));
    m_changeOwn->setToolTip(tr("Choose a new password for your own account"));
    reload();
    if (m_errorAgain && !m_error->isHidden()) {
        if (const QString again = m_errorAgain(); !again.isEmpty())
            m_error->showError(again);
    }
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UsersPage::showError(const QString &message, std::function<QString()> again)
{
    m_error->showError(message);
    m_errorAgain = message.isEmpty() ? std::function<QString()>() : std::move(again);
}

void UsersPage::reload()
{
    const QList<qint64> checked = edited().siteIds;
    const bool keepTyping = isModified();
    m_selecting = true;
    m_model->setRowCount(0);
    m_model->setColumnCount(ColumnCount);
    m_model->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("Role"), tr("Active"), tr("Sites")});
    QList<User> users;
    if (m_session) {
        for (const User &u : UserService(m_session->database(), m_session->actor()).users()) {
            if (isAdmin() || u.meta.id == m_session->actor().userId)
                users.append(u);
        }
    }
    for (const User &u : std::as_const(users)) {
        QList<QStandardItem *> row;
        row << new QStandardItem(u.username) << new QStandardItem(u.fullName) << new QStandardItem(Vocabulary::label(u.role))
            << new QStandardItem(u.active ? tr("Yes") : tr("No")) << new QStandardItem(QLocale().toString(u.siteIds.size()));
        row.first()->setData(u.meta.id, Qt::UserRole);
        if (!u.active) {
            for (QStandardItem *item : std::as_const(row))
                item->setForeground(QColor(0x80, 0x80, 0x80));
        }
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    m_selecting = false;

    const qint64 wanted = m_shown.meta.id ? m_shown.meta.id : (m_session ? m_session->actor().userId : 0);
    const auto stored = std::find_if(users.cbegin(), users.cend(), [wanted](const User &u) { return u.meta.id == wanted; });
    if (stored == users.cend()) {
        m_shown = User{};
        clearEditor();
        return;
    }
    select(stored->meta.id);
    if (keepTyping) {
        fillSites(checked); // what was typed stays; the site names follow the language
    } else {
        showUser(*stored);
    }
}

void UsersPage::fillSites(const QList<qint64> &checked)
{
    const QSignalBlocker blocker(m_sites);
    m_sites->clear();
    if (!m_session)
        return;
    for (const Site &s : m_session->sites().sites(m_session->programmeId())) {
        auto *item = new QListWidgetItem(s.code + QStringLiteral(" — ") + s.name(), m_sites);
        item->setData(Qt::UserRole, s.meta.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(s.meta.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void UsersPage::showUser(const User &user)
{
    m_shown = user;
    m_username->setText(user.username);
    m_fullName->setText(user.fullName);
    setVocabularyValue(m_role, user.role);
    m_active->setChecked(user.active);
    fillSites(user.siteIds);
    const bool admin = isAdmin();
    m_editorBox->setEnabled(true);
    m_save->setEnabled(admin);
    m_setPassword->setEnabled(admin);
}

void UsersPage::clearEditor()
{
    m_username->clear();
    m_fullName->clear();
    setVocabularyValue(m_role, Role::Viewer);
    m_active->setChecked(true);
    fillSites({});
    m_save->setEnabled(false);
    m_setPassword->setEnabled(false);
}

void UsersPage::select(qint64 userId)
{
    const QScopedValueRollback<bool> selecting(m_selecting, true);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(Qt::UserRole).toLongLong() == userId) {
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(m_model->index(row, 0));
            return;
        }
    }
    m_view->selectionModel()->clearSelection();
}

void UsersPage::currentRowChanged()
{
    if (m_selecting || !m_session)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->item(current.row(), 0)->data(Qt::UserRole).toLongLong();
    if (id == m_shown.meta.id)
        return;
    // Leaving an account with changes stores them; when refused, the editor keeps them.
    if (isModified() && !save()) {
        select(m_shown.meta.id);
        return;
    }
    const auto user = UserService(m_session->database(), m_session->actor()).user(m_model->item(current.row(), 0)->text());
    select(id);
    if (user && user->meta.id == id) {
        showError(QString());
        showUser(*user);
    }
}

User UsersPage::edited() const
{
    User u = m_shown;
    if (u.meta.id == 0)
        return u;
    u.username = m_username->text();
    u.fullName = m_fullName->text();
    u.role = vocabularyValue<Role>(m_role);
    u.active = m_active->isChecked();
    QList<qint64> listed;
    QList<qint64> checked;
    for (int i = 0; i < m_sites->count(); ++i) {
        const qint64 id = m_sites->item(i)->data(Qt::UserRole).toLongLong();
        listed.append(id);
        if (m_sites->item(i)->checkState() == Qt::Checked)
            checked.append(id);
    }
    // Sites of other programmes are not listed here and stay assigned.
    QList<qint64> ids;
    for (qint64 id : m_shown.siteIds)
        if (!listed.contains(id))
            ids.append(id);
    ids.append(checked);
    u.siteIds = ids;
    return u;
}

bool UsersPage::isModified() const
{
    if (m_shown.meta.id == 0 || !isAdmin())
        return false;
    const User u = edited();
    return u.username != m_shown.username || u.fullName != m_shown.fullName || u.role != m_shown.role
        || u.active != m_shown.active || sorted(u.siteIds) != sorted(m_shown.siteIds);
}

bool UsersPage::save()
{
    if (!m_session || m_shown.meta.id == 0 || !isAdmin())
        return false;
    const User u = edited();
    if (u.meta.id == m_session->actor().userId && (!u.active || u.role != Role::Admin)) {
        const auto own = [] {
            return tr("You cannot disable your own account or take away your own administrator role; ask another "
                      "administrator to do it.");
        };
        showError(own(), own);
        return false;
    }
    auto updated = UserService(m_session->database(), m_session->actor()).update(u);
    if (!updated) {
        showError(updated.error(), [this]() -> QString {
            if (!m_session)
                return {};
            const auto valid = UserService(m_session->database(), m_session->actor()).validate(edited());
            return valid ? QString() : valid.error();
        });
        return false;
    }
    showError(QString());
    m_shown = updated.value();
    m_session->notify(Session::Entity::User);
    return true;
}

void UsersPage::newUser()
{
    if (!m_session || !isAdmin())
        return;
    if (isModified() && !save())
        return;
    auto *dialog = new PasswordDialog(PasswordDialog::Mode::NewUser, QString(), [this](PasswordDialog &d) {
        if (!m_session)
            return false;
        User user;
        user.username = d.username();
        user.role = Role::Viewer; // the least the account may do until the administrator chooses
        user.active = true;
        auto created = UserService(m_session->database(), m_session->actor()).create(user, d.password());
        if (!created) {
            showPasswordRefusal(d, d.username(), created.error());
            return false;
        }
        showError(QString());
        showUser(created.value());
        m_session->notify(Session::Entity::User);
        return true;
    }, this);
    // The rest of the new account is completed in the editor.
    connect(dialog, &QDialog::accepted, this, [this] { m_fullName->setFocus(); });
    dialog->open();
}

void UsersPage::setPassword()
{
    if (!m_session || !isAdmin() || m_shown.meta.id == 0)
        return;
    if (isModified() && !save())
        return;
    const qint64 id = m_shown.meta.id;
    auto *dialog = new PasswordDialog(PasswordDialog::Mode::SetPassword, m_shown.username, [this, id](PasswordDialog &d) {
        if (!m_session)
            return false;
        UserService service(m_session->database(), m_session->actor());
        const auto user = service.user(d.username());
        if (!user || user->meta.id != id) {
            const QString message = tr("The user %1 no longer exists.").arg(d.username());
            d.showError(message);
            showError(message);
            return false;
        }
        auto changed = service.setPassword(*user, d.password());
        return finishPasswordChange(d, d.username(), changed);
    }, this);
    dialog->open();
}

void UsersPage::showPasswordRefusal(PasswordDialog &d, const QString &name, const QString &message)
{
    // The message is asked for again in a new language, from the same password rules.
    const QString password = d.password();
    const auto again = [this, name, password]() -> QString {
        if (!m_session)
            return {};
        const auto good = UserService(m_session->database(), m_session->actor()).checkPassword(name, password);
        return good ? QString() : good.error();
    };
    d.showError(message, again);
    showError(message, again);
}

bool UsersPage::finishPasswordChange(PasswordDialog &d, const QString &name, const Result<User> &changed)
{
    if (!changed) {
        showPasswordRefusal(d, name, changed.error());
        return false;
    }
    showError(QString());
    m_session->notify(Session::Entity::User);
    return true;
}

void UsersPage::changeMyPassword()
{
    if (!m_session)
        return;
    auto *dialog = new PasswordDialog(PasswordDialog::Mode::OwnPassword, m_session->actor().username, [this](PasswordDialog &d) {
        if (!m_session)
            return false;
        UserService service(m_session->database(), m_session->actor());
        const auto me = service.user(m_session->actor().username);
        if (!me || me->meta.id != m_session->actor().userId || !service.authenticate(me->username, d.currentPassword())) {
            const auto wrong = [] { return tr("The current password is wrong."); };
            d.showError(wrong(), wrong);
            showError(wrong(), wrong);
            return false;
        }
        auto changed = service.setPassword(*me, d.password());
        return finishPasswordChange(d, me->username, changed);
    }, this);
    dialog->open();
}

#include "userspage.moc"

void UsersPage::discardEdits()
{
    if (m_shown.meta.id != 0)
        showUser(m_shown);
    else
        clearEditor();
}
