#include "auditpage.h"

#include "domain/period.h"
#include "services/userservice.h"
#include "shell/session.h"
#include "shell/widgets.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QApplication>
#include <QPointer>
#include <QScopedValueRollback>
#include <QThread>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace {
// The kinds of row the audit records, for the filter and the table.
QString kindLabel(const QString &entity)
{
    static const struct
    {
        const char *entity;
        const char *label;
    } kinds[] = {
        {"app_user", QT_TRANSLATE_NOOP("AuditPage", "User account")},
        {"programme", QT_TRANSLATE_NOOP("AuditPage", "Programme")},
        {"site", QT_TRANSLATE_NOOP("AuditPage", "Site")},
        {"category_option", QT_TRANSLATE_NOOP("AuditPage", "Category option")},
        {"indicator", QT_TRANSLATE_NOOP("AuditPage", "Indicator")},
        {"site_target", QT_TRANSLATE_NOOP("AuditPage", "Site target")},
        {"data_value", QT_TRANSLATE_NOOP("AuditPage", "Data value")},
        {"report", QT_TRANSLATE_NOOP("AuditPage", "Report status")},
        {"validation_rule", QT_TRANSLATE_NOOP("AuditPage", "Validation rule")},
        {"checklist_item", QT_TRANSLATE_NOOP("AuditPage", "Checklist item")},
        {"visit", QT_TRANSLATE_NOOP("AuditPage", "Visit")},
        {"visit_action", QT_TRANSLATE_NOOP("AuditPage", "Action item")},
        {"cost", QT_TRANSLATE_NOOP("AuditPage", "Costs")},
        {"dhis2_mapping", QT_TRANSLATE_NOOP("AuditPage", "DHIS2 code")},
        {"readiness_criterion", QT_TRANSLATE_NOOP("AuditPage", "Readiness criterion")},
        {"readiness_assessment", QT_TRANSLATE_NOOP("AuditPage", "Readiness assessment")},
    };
    for (const auto &k : kinds) {
        if (entity == QLatin1StringView(k.entity))
            return QCoreApplication::translate("AuditPage", k.label);
    }
    return entity;
}

QString actionLabel(const QString &action)
{
    static const struct
    {
        const char *action;
        const char *label;
    } actions[] = {
        {"create", QT_TRANSLATE_NOOP("AuditPage", "created")},   {"update", QT_TRANSLATE_NOOP("AuditPage", "changed")},
        {"delete", QT_TRANSLATE_NOOP("AuditPage", "deleted")},   {"restore", QT_TRANSLATE_NOOP("AuditPage", "restored")},
        {"submit", QT_TRANSLATE_NOOP("AuditPage", "submitted")}, {"approve", QT_TRANSLATE_NOOP("AuditPage", "approved")},
        {"return", QT_TRANSLATE_NOOP("AuditPage", "returned")},  {"reopen", QT_TRANSLATE_NOOP("AuditPage", "reopened")},
        {"generate", QT_TRANSLATE_NOOP("AuditPage", "generated")}, {"baseline", QT_TRANSLATE_NOOP("AuditPage", "recorded at upgrade")},
        {"sign", QT_TRANSLATE_NOOP("AuditPage", "signed off")},
    };
    for (const auto &a : actions) {
        if (action == QLatin1StringView(a.action))
            return QCoreApplication::translate("AuditPage", a.label);
    }
    return action;
}

QString shown(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("∅");
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Ids, years and counts without group separators; other numbers as the locale writes them.
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(d, 'f', QLocale::FloatingPointShortest);
    }
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

// "field: old → new" for the fields that changed (or all new values of a creation).
QString changeOf(const AuditEntry &e)
{
    QStringList parts;
    QStringList keys = e.newValues.keys();
    for (const QString &k : e.oldValues.keys()) {
        if (!keys.contains(k))
            keys.append(k);
    }
    for (const QString &k : keys) {
        const QJsonValue before = e.oldValues.value(k);
        const QJsonValue after = e.newValues.value(k);
        if (e.oldValues.isEmpty()) {
            if (!after.isNull() && !(after.isString() && after.toString().isEmpty()))
                parts.append(k + QStringLiteral(": ") + shown(after));
        } else if (before != after) {
            parts.append(k + QStringLiteral(": ") + shown(before) + QStringLiteral(" → ") + shown(after));
        }
    }
    return parts.join(QStringLiteral("; "));
}
} // namespace

AuditPage::AuditPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("auditPage"));
    m_userLabel = new QLabel(this);
    m_user = namedChild<QComboBox>(this, "userFilter");
    m_siteLabel = new QLabel(this);
    m_site = namedChild<QComboBox>(this, "siteFilter");
    m_periodLabel = new QLabel(this);
    m_period = namedChild<QLineEdit>(this, "periodFilter");
    m_period->setMaximumWidth(110);
    m_kindLabel = new QLabel(this);
    m_kind = namedChild<QComboBox>(this, "kindFilter");
    m_view = namedChild<QTableView>(this, "audit");
    m_model = new QStandardItemModel(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_summary = namedChild<QLabel>(this, "summary");
    m_more = namedChild<QPushButton>(this, "more");
    m_verify = namedChild<QPushButton>(this, "verify");
    m_verdict = namedChild<QLabel>(this, "verdict");
    m_verdict->setWordWrap(true);
    m_error = namedChild<ErrorLabel>(this, "error");

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_userLabel);
    filters->addWidget(m_user);
    filters->addWidget(m_siteLabel);
    filters->addWidget(m_site);
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_more);
    bottom->addWidget(m_verify);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_verdict);
    layout->addLayout(bottom);

    for (auto *combo : {m_user, m_site, m_kind})
        connect(combo, &QComboBox::activated, this, [this] {
            m_limit = 500;
            reload();
        });
    connect(m_period, &QLineEdit::editingFinished, this, [this] {
        m_limit = 500;
        reload();
    });
    connect(m_more, &QPushButton::clicked, this, [this] {
        m_limit += 500;
        reload();
    });
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    retranslateUi();
}

void AuditPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &Session::changed, this, [this] {
            if (isVisible())
                reload();
            else
                m_stale = true;
        });
    m_verdict->clear();
    m_verified = false;
    reloadFilters();
    reload();
}

void AuditPage::retranslateUi()
{
    m_userLabel->setText(tr("User:"));
    m_siteLabel->setText(tr("Site:"));
    m_periodLabel->setText(tr("Period:"));
    m_period->setPlaceholderText(tr("e.g. 202403"));
    m_kindLabel->setText(tr("Kind:"));
    m_more->setText(tr("Show older entries"));
    m_verify->setText(tr("Verify the audit chain"));
    m_verify->setToolTip(tr("Checks that no audit entry and no audited row was changed outside ScaleReady"));
    if (m_verified) {
        const QScopedValueRollback<bool> again(m_retranslating, true);
        showVerdict(m_lastProblems);
    }
    reloadFilters();
    reload();
}

void AuditPage::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        reload();
    }
    QWidget::showEvent(event);
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditPage::reloadFilters()
{
    auto refill = [](QComboBox *combo, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto &[text, data] : items)
            combo->addItem(text, data);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    QList<std::pair<QString, QVariant>> users{{tr("Everyone"), 0}};
    QList<std::pair<QString, QVariant>> sites{{tr("All sites"), 0}};
    QList<std::pair<QString, QVariant>> kinds{{tr("All kinds"), QString()}};
    if (m_session) {
        for (const User &u : UserService(m_session->database(), Actor::system()).users())
            users.append({u.username, u.meta.id});
        for (const Site &s : m_session->sites().sites(m_session->programmeId()))
            sites.append({s.code + QStringLiteral(" — ") + s.name(), s.meta.id});
        for (const QString &entity : AuditLog(m_session->database()).entities())
            kinds.append({kindLabel(entity), entity});
    }
    refill(m_user, users);
    refill(m_site, sites);
    refill(m_kind, kinds);
}

void AuditPage::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("#"), tr("When"), tr("Who"), tr("Kind"), tr("Action"), tr("Site"), tr("Period"),
                                        tr("Reason"), tr("Change")});
    m_error->showError(QString());
    if (!m_session) {
        m_summary->clear();
        return;
    }
    AuditFilter filter;
    filter.userId = m_user->currentData().toLongLong();
    filter.siteId = m_site->currentData().toLongLong();
    filter.entity = m_kind->currentData().toString();
    filter.limit = m_limit;
    const QString period = m_period->text().trimmed();
    if (!period.isEmpty()) {
        QString why;
        if (!Period::parse(period, &why).isValid()) {
            m_error->showError(tr("The period \"%1\" is not valid: %2").arg(period, why));
            return;
        }
        filter.period = period;
    }
    QHash<qint64, QString> siteCodes;
    for (const Site &s : m_session->sites().sites(m_session->programmeId()))
        siteCodes.insert(s.meta.id, s.code);
    const QLocale locale;
    const QList<AuditEntry> entries = AuditLog(m_session->database()).find(filter);
    for (const AuditEntry &e : entries) {
        QList<QStandardItem *> row;
        row << new QStandardItem(QString::number(e.id))
            << new QStandardItem(locale.toString(e.at.toLocalTime(), QLocale::ShortFormat)) << new QStandardItem(e.username)
            << new QStandardItem(kindLabel(e.entity)) << new QStandardItem(actionLabel(e.action))
            << new QStandardItem(e.siteId ? siteCodes.value(e.siteId, QString::number(e.siteId)) : QString())
            << new QStandardItem(e.period) << new QStandardItem(e.reason) << new QStandardItem(changeOf(e));
        row.last()->setToolTip(row.last()->text());
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    m_summary->setText(tr("%n entry(s) shown, newest first", nullptr, int(entries.size())));
    m_more->setEnabled(entries.size() >= m_limit);
}

AuditPage::~AuditPage()
{
    if (m_worker)
        m_worker->wait();
}

void AuditPage::verify()
{
    if (!m_session || m_worker)
        return;
    m_verify->setEnabled(false);
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(tr("Verifying the audit chain and every audited row…"));
    const QString path = m_session->database().path();
    QPointer<AuditPage> guard(this);
    m_worker = QThread::create([path, guard] {
        QStringList problems;
        {
            auto opened = Database::open(path, Database::Mode::ReadOnly, Database::Check::Skip);
            if (!opened) {
                problems.append(opened.error());
            } else {
                QSqlDatabase connection = opened.value()->connection();
                problems = AuditLog::verify(connection);
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [guard, problems] {
                if (guard)
                    guard->showVerdict(problems);
            },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start();
}

void AuditPage::showVerdict(const QStringList &problems)
{
    if (m_worker)
        m_worker->wait();
    m_worker = nullptr;
    m_verify->setEnabled(true);
    m_verified = true;
    m_lastProblems = problems;
    if (problems.isEmpty()) {
        m_verdict->setStyleSheet(QStringLiteral("color: #1b6e20;"));
        m_verdict->setText(tr("The audit chain is intact and every audited row matches its last entry."));
    } else {
        m_verdict->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_verdict->setText(tr("The audit found changes made outside ScaleReady:") + u'\n' + problems.join(u'\n'));
    }
    if (!m_retranslating)
        emit verified(problems);
}
