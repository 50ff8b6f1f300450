#include "criteriadialog.h"

#include "analytics/readiness.h"
#include "services/readinessservice.h"
#include "shell/session.h"
#include "shell/widgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QString numberText(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', QLocale::FloatingPointShortest) : QString();
}
} // namespace

CriteriaDialog::CriteriaDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_editable(session && session->actor().mayEditMetadata())
{
    setObjectName(QStringLiteral("criteriaDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("criteriaTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!m_editable)
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addCriterion"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeCriterion"));
    m_defaults = new QPushButton(this);
    m_defaults->setObjectName(QStringLiteral("defaultCriteria"));
    for (QPushButton *b : {m_add, m_remove, m_defaults})
        b->setEnabled(m_editable);
    m_error = new ErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_editable);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CriteriaDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_add, &QPushButton::clicked, this, [this] {
        ReadinessCriterion c;
        c.programmeId = m_session ? m_session->programmeId() : 0;
        c.code = tr("NEW%1").arg(m_table->rowCount() + 1);
        addRow(c);
        m_table->setCurrentCell(m_table->rowCount() - 1, NameEnColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameEnColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        // The default library's rows replace the table; criteria stored under the same code keep
        // their identity (and the judgements made on them).
        QList<ReadinessCriterion> defaults = Readiness::defaultCriteria(m_session ? m_session->programmeId() : 0);
        for (ReadinessCriterion &d : defaults) {
            for (const ReadinessCriterion &s : std::as_const(m_stored)) {
                if (s.meta.id != 0 && s.code.compare(d.code, Qt::CaseInsensitive) == 0)
                    d.meta = s.meta;
            }
        }
        fill(defaults);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_defaults);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    if (m_session) {
        m_stored = ReadinessService(m_session->database(), m_session->actor()).criteria(m_session->programmeId());
        fill(m_stored);
    }
    retranslateUi();
    m_table->resizeColumnsToContents();
    for (int c : {NameEnColumn, NameZhColumn})
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    for (int c : {GuidanceEnColumn, GuidanceZhColumn})
        m_table->setColumnWidth(c, 320);
    resize(1400, 640);
}

void CriteriaDialog::fill(const QList<ReadinessCriterion> &criteria)
{
    m_table->setRowCount(0);
    for (const ReadinessCriterion &c : criteria)
        addRow(c);
}

void CriteriaDialog::addRow(const ReadinessCriterion &c)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto text = [&](int column, const QString &value) {
        auto *item = new QTableWidgetItem(value);
        m_table->setItem(row, column, item);
        return item;
    };
    text(CodeColumn, c.code)->setData(IdRole, c.meta.id);
    text(NameEnColumn, c.nameEn);
    text(NameZhColumn, c.nameZh);
    text(StrongColumn, numberText(c.strong));
    text(AdequateColumn, numberText(c.adequate));
    text(WeakColumn, numberText(c.weak));
    text(IndicatorsColumn, c.indicators.join(u' '));
    text(GuidanceEnColumn, c.guidanceEn);
    text(GuidanceZhColumn, c.guidanceZh);
    for (int column : {CriticalColumn, ActiveColumn}) {
        auto *item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (m_editable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        item->setCheckState((column == CriticalColumn ? c.critical : c.active) ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, column, item);
    }
    auto *domain = new QComboBox(m_table);
    domain->setObjectName(QStringLiteral("domain"));
    for (Readiness::Domain d : Readiness::Domains)
        domain->addItem(Readiness::domainLabel(d), int(d));
    domain->setCurrentIndex(domain->findData(int(c.domain)));
    domain->setEnabled(m_editable);
    m_table->setCellWidget(row, DomainColumn, domain);
    auto *evidence = new QComboBox(m_table);
    evidence->setObjectName(QStringLiteral("evidence"));
    for (Readiness::Evidence e : Readiness::EvidenceKinds)
        evidence->addItem(Readiness::evidenceLabel(e), int(e));
    evidence->setCurrentIndex(evidence->findData(int(c.evidence)));
    evidence->setEnabled(m_editable);
    m_table->setCellWidget(row, EvidenceColumn, evidence);
}

QList<ReadinessCriterion> CriteriaDialog::criteria(QString *error) const
{
    QList<ReadinessCriterion> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto cell = [&](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        ReadinessCriterion c;
        const qint64 id = m_table->item(row, CodeColumn) ? m_table->item(row, CodeColumn)->data(IdRole).toLongLong() : 0;
        for (const ReadinessCriterion &s : m_stored) {
            if (id != 0 && s.meta.id == id)
                c.meta = s.meta;
        }
        c.programmeId = m_session ? m_session->programmeId() : 0;
        c.code = cell(CodeColumn);
        c.nameEn = cell(NameEnColumn);
        c.nameZh = cell(NameZhColumn);
        c.guidanceEn = cell(GuidanceEnColumn);
        c.guidanceZh = cell(GuidanceZhColumn);
        c.domain = Readiness::Domain(qobject_cast<QComboBox *>(m_table->cellWidget(row, DomainColumn))->currentData().toInt());
        c.evidence = Readiness::Evidence(qobject_cast<QComboBox *>(m_table->cellWidget(row, EvidenceColumn))->currentData().toInt());
        c.indicators = cell(IndicatorsColumn).split(QRegularExpression(QStringLiteral("[\\s,;，；]+")), Qt::SkipEmptyParts);
        c.critical = m_table->item(row, CriticalColumn)->checkState() == Qt::Checked;
        c.active = m_table->item(row, ActiveColumn)->checkState() == Qt::Checked;
        c.sortOrder = row + 1;
        const std::pair<int, std::optional<double> *> numbers[] = {
            {StrongColumn, &c.strong}, {AdequateColumn, &c.adequate}, {WeakColumn, &c.weak}};
        for (const auto &[column, target] : numbers) {
            const QString t = cell(column);
            if (t.isEmpty())
                continue;
            bool ok = false;
            double v = QLocale().toDouble(t, &ok);
            if (!ok)
                v = t.toDouble(&ok);
            if (!ok) {
                if (error)
                    *error = tr("Row %1 (%2), column \"%3\": \"%4\" is not a number.")
                                 .arg(row + 1)
                                 .arg(c.code, m_table->horizontalHeaderItem(column)->text(), t);
                return {};
            }
            *target = v;
        }
        list.append(c);
    }
    return list;
}

bool CriteriaDialog::save()
{
    if (!m_session || !m_editable)
        return false;
    QString error;
    const QList<ReadinessCriterion> list = criteria(&error);
    if (!error.isEmpty()) {
        m_error->showError(error);
        return false;
    }
    auto saved = ReadinessService(m_session->database(), m_session->actor()).saveCriteria(m_session->programmeId(), list);
    if (!saved) {
        m_error->showError(saved.error());
        return false;
    }
    m_error->showError(QString());
    m_stored = saved.value();
    m_session->notify(Session::Entity::Readiness);
    return true;
}

void CriteriaDialog::accept()
{
    if (save())
        QDialog::accept();
}

void CriteriaDialog::retranslateUi()
{
    setWindowTitle(tr("Readiness criteria"));
    m_intro->setText(m_editable
                         ? tr("Criteria are grouped in the ten domains of the Intervention Scalability Assessment Tool. "
                              "A computed criterion scores 4 at or beyond \"strong\", 3 at or beyond \"adequate\", 2 at or "
                              "beyond \"weak\", else 1 (for cost per beneficiary, lower is better). Indicators: codes "
                              "separated by spaces; empty means all (coverage needs its indicators named). A critical "
                              "criterion below 3 means \"not yet ready\".")
                         : tr("Only programme managers and administrators can change the criteria."));
    const QStringList headers = {tr("Code"),          tr("Domain"),        tr("Name (English)"), tr("Name (Chinese)"),
                                 tr("Evidence"),      tr("Strong"),        tr("Adequate"),       tr("Weak"),
                                 tr("Indicators"),    tr("Critical"),      tr("Active"),         tr("Guidance (English)"),
                                 tr("Guidance (Chinese)")};
    m_table->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *domain = qobject_cast<QComboBox *>(m_table->cellWidget(row, DomainColumn));
        for (int i = 0; domain && i < domain->count(); ++i)
            domain->setItemText(i, Readiness::domainLabel(Readiness::Domain(domain->itemData(i).toInt())));
        auto *evidence = qobject_cast<QComboBox *>(m_table->cellWidget(row, EvidenceColumn));
        for (int i = 0; evidence && i < evidence->count(); ++i)
            evidence->setItemText(i, Readiness::evidenceLabel(Readiness::Evidence(evidence->itemData(i).toInt())));
    }
    m_add->setText(tr("&Add criterion"));
    m_remove->setText(tr("&Remove criterion"));
    m_defaults->setText(tr("Use the &default criteria"));
}

void CriteriaDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
