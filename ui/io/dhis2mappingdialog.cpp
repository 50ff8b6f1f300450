#include "dhis2mappingdialog.h"

#include "domain/period.h"
#include "services/dhis2mappingservice.h"
#include "shell/session.h"
#include "shell/widgets.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace {
constexpr Dhis2Kind Kinds[] = {Dhis2Kind::Site, Dhis2Kind::Indicator, Dhis2Kind::Option, Dhis2Kind::Period};
// Item roles on the local code cell: the local key, and the stored mapping's id and revision.
constexpr int KeyRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int RevisionRole = Qt::UserRole + 2;
constexpr int StoredRole = Qt::UserRole + 3; // the remote code as stored

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}
} // namespace

Dhis2MappingDialog::Dhis2MappingDialog(Session *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("dhis2MappingDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    for (Dhis2Kind kind : Kinds) {
        auto *t = new QTableWidget(0, ColumnCount, m_tabs);
        t->setObjectName(dhis2KindKey(kind));
        t->horizontalHeader()->setStretchLastSection(true);
        t->verticalHeader()->hide();
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_tables.insert(int(kind), t);
        m_tabs->addTab(t, QString());
    }
    m_addPeriod = new QPushButton(this);
    m_addPeriod->setObjectName(QStringLiteral("addPeriod"));
    connect(m_addPeriod, &QPushButton::clicked, this, &Dhis2MappingDialog::addPeriodRow);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("save"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_addPeriod, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(860, 560);
    const bool mayEdit = m_session && m_session->actor().mayEditMetadata();
    m_save->setEnabled(mayEdit);
    m_addPeriod->setEnabled(mayEdit);
    reload();
    retranslateUi();
}

void Dhis2MappingDialog::reload()
{
    if (!m_session)
        return;
    const qint64 programmeId = m_session->programmeId();
    Dhis2MappingService service(m_session->database(), m_session->actor());
    const bool mayEdit = m_session->actor().mayEditMetadata();
    for (Dhis2Kind kind : Kinds) {
        QTableWidget *t = table(kind);
        t->setRowCount(0);
        QHash<QString, Dhis2Mapping> stored;
        for (const Dhis2Mapping &m : service.mappings(programmeId, kind))
            stored.insert(m.localKey, m);
        // The rows to show: every site, indicator or option of the programme; for periods, the
        // mapped ones (new ones are added with the button).
        QList<std::tuple<QString, QString, QString>> rows; // key, code, name
        if (kind == Dhis2Kind::Site) {
            for (const Site &s : m_session->sites().sites(programmeId))
                rows.append(std::make_tuple(s.meta.uuid, s.code, s.name()));
        } else if (kind == Dhis2Kind::Indicator) {
            for (const Indicator &i : m_session->indicators().indicators(programmeId))
                rows.append(std::make_tuple(i.meta.uuid, i.code, i.name()));
        } else if (kind == Dhis2Kind::Option) {
            for (const CategoryOption &o : m_session->indicators().options(programmeId))
                rows.append(std::make_tuple(o.meta.uuid, o.code, o.name()));
        } else {
            for (const Dhis2Mapping &m : std::as_const(stored))
                rows.append(std::make_tuple(m.localKey, m.localKey, Period::parse(m.localKey).displayName()));
            std::sort(rows.begin(), rows.end());
        }
        t->setRowCount(int(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            const auto &[key, code, name] = rows[r];
            auto *codeItem = readOnly(code);
            codeItem->setData(KeyRole, key);
            const auto m = stored.constFind(key);
            if (m != stored.constEnd()) {
                codeItem->setData(IdRole, m->meta.id);
                codeItem->setData(RevisionRole, m->meta.revision);
                codeItem->setData(StoredRole, m->remote);
            }
            t->setItem(r, LocalCode, codeItem);
            t->setItem(r, LocalName, readOnly(name));
            auto *remote = new QTableWidgetItem(m != stored.constEnd() ? m->remote : QString());
            if (!mayEdit)
                remote->setFlags(remote->flags() & ~Qt::ItemIsEditable);
            t->setItem(r, Remote, remote);
        }
        t->resizeColumnToContents(LocalCode);
        // Names whole (a county's official name is long), leaving room for the code.
        t->resizeColumnToContents(1);
        t->setColumnWidth(1, std::min(t->columnWidth(1), 360));
    }
}

void Dhis2MappingDialog::addPeriodRow()
{
    QTableWidget *t = table(Dhis2Kind::Period);
    const int r = t->rowCount();
    t->insertRow(r);
    t->setItem(r, LocalCode, new QTableWidgetItem); // the period id is typed here
    t->setItem(r, LocalName, readOnly(QString()));
    t->setItem(r, Remote, new QTableWidgetItem);
    m_tabs->setCurrentWidget(t);
    t->setCurrentCell(r, LocalCode);
    t->editItem(t->item(r, LocalCode));
}

bool Dhis2MappingDialog::save()
{
    if (!m_session)
        return false;
    Dhis2MappingService service(m_session->database(), m_session->actor());
    struct Pending
    {
        QTableWidgetItem *item;
        Dhis2Mapping mapping;
        bool remove;
        Dhis2Mapping done;
    };
    QList<Pending> pending;
    for (Dhis2Kind kind : Kinds) {
        QTableWidget *t = table(kind);
        for (int r = 0; r < t->rowCount(); ++r) {
            QTableWidgetItem *codeItem = t->item(r, LocalCode);
            const QString remote = t->item(r, Remote) ? t->item(r, Remote)->text().trimmed() : QString();
            const QString key = codeItem->data(KeyRole).isValid() ? codeItem->data(KeyRole).toString() : codeItem->text().trimmed();
            const qint64 id = codeItem->data(IdRole).toLongLong();
            if (key.isEmpty() || remote == codeItem->data(StoredRole).toString())
                continue; // unchanged (or an empty new period row)
            if (remote.isEmpty() && id == 0)
                continue;
            Dhis2Mapping m;
            m.programmeId = m_session->programmeId();
            m.kind = kind;
            m.localKey = key;
            m.remote = remote;
            m.meta.id = id;
            m.meta.revision = codeItem->data(RevisionRole).toInt();
            pending.append({codeItem, m, remote.isEmpty(), {}});
        }
    }
    if (pending.isEmpty())
        return true;
    // All or nothing: one refused code and no code is saved, every problem listed.
    QStringList errors;
    const auto written = m_session->database().transaction([&]() -> Result<void> {
        for (Pending &p : pending) {
            const Result<Dhis2Mapping> done = p.remove ? service.remove(p.mapping) : service.set(p.mapping);
            if (!done)
                errors.append(done.error());
            else
                p.done = done.value();
        }
        if (!errors.isEmpty())
            return fail(errors.join(u'\n'));
        return {};
    });
    if (!written) {
        m_error->showError(errors.isEmpty() ? written.error()
                                            : QString(tr("Nothing was saved:") + u'\n' + errors.join(u'\n')));
        return false;
    }
    for (const Pending &p : std::as_const(pending)) {
        p.item->setData(KeyRole, p.mapping.localKey);
        p.item->setData(IdRole, p.remove ? QVariant() : QVariant(p.done.meta.id));
        p.item->setData(RevisionRole, p.remove ? QVariant() : QVariant(p.done.meta.revision));
        p.item->setData(StoredRole, p.remove ? QString() : p.done.remote);
        if (p.mapping.kind == Dhis2Kind::Period)
            p.item->setFlags(p.item->flags() & ~Qt::ItemIsEditable);
    }
    reload();
    emit saved();
    m_error->showError(QString());
    return true;
}

void Dhis2MappingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void Dhis2MappingDialog::retranslateUi()
{
    setWindowTitle(tr("DHIS2 codes"));
    m_intro->setText(tr("The codes a DHIS2 instance knows the programme's sites, indicators, category options and periods by. "
                        "The DHIS2 exports use them; where a code is empty, the ScaleReady code is used and the export "
                        "warns about it. Empty a code to remove it."));
    const char *tabs[] = {QT_TR_NOOP("Sites (orgUnit)"), QT_TR_NOOP("Indicators (dataElement)"),
                          QT_TR_NOOP("Category options (categoryOptionCombo)"), QT_TR_NOOP("Periods")};
    for (int i = 0; i < 4; ++i)
        m_tabs->setTabText(i, tr(tabs[i]));
    for (Dhis2Kind kind : Kinds) {
        const bool period = kind == Dhis2Kind::Period;
        table(kind)->setHorizontalHeaderLabels({period ? tr("Period") : tr("Code"), period ? tr("Period name") : tr("Name"),
                                                tr("DHIS2 code")});
    }
    m_addPeriod->setText(tr("&Add a period"));
    m_save->setText(tr("&Save"));
}
