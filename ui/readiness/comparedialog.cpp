#include "comparedialog.h"

#include "charts/radarchart.h"
#include "models/readinessmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Readiness;

CompareDialog::CompareDialog(const QList<Choice> &choices, Evaluate evaluate, QWidget *parent)
    : QDialog(parent), m_choices(choices), m_evaluate(std::move(evaluate))
{
    setObjectName(QStringLiteral("compareDialog"));
    m_firstLabel = new QLabel(this);
    m_secondLabel = new QLabel(this);
    m_first = new QComboBox(this);
    m_first->setObjectName(QStringLiteral("firstAssessment"));
    m_second = new QComboBox(this);
    m_second->setObjectName(QStringLiteral("secondAssessment"));
    for (const Choice &c : m_choices) {
        m_first->addItem(c.label, c.id);
        m_second->addItem(c.label, c.id);
    }
    m_firstLabel->setBuddy(m_first);
    m_secondLabel->setBuddy(m_second);
    // Oldest first on the left: the list is newest first.
    if (m_choices.size() >= 2) {
        m_first->setCurrentIndex(1);
        m_second->setCurrentIndex(0);
    }
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("comparison"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_radar = new RadarChart(this);
    auto *choose = new QGridLayout;
    choose->addWidget(m_firstLabel, 0, 0);
    choose->addWidget(m_first, 0, 1);
    choose->addWidget(m_secondLabel, 1, 0);
    choose->addWidget(m_second, 1, 1);
    choose->setColumnStretch(1, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_radar);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(m_first, &QComboBox::currentIndexChanged, this, &CompareDialog::rebuild);
    connect(m_second, &QComboBox::currentIndexChanged, this, &CompareDialog::rebuild);
    resize(1300, 760);
    rebuild();
}

void CompareDialog::choose(qint64 first, qint64 second)
{
    m_first->setCurrentIndex(m_first->findData(first));
    m_second->setCurrentIndex(m_second->findData(second));
}

void CompareDialog::rebuild()
{
    setWindowTitle(tr("Compare assessments"));
    m_firstLabel->setText(tr("&First:"));
    m_secondLabel->setText(tr("&Second:"));
    // The columns and the chart's lines are named short; the lists above say which is which.
    m_table->setHorizontalHeaderLabels({tr("Domain or criterion"), tr("First"), tr("Second"), tr("Change")});
    m_table->setRowCount(0);
    const auto a = m_evaluate ? m_evaluate(m_first->currentData().toLongLong()) : std::nullopt;
    const auto b = m_evaluate ? m_evaluate(m_second->currentData().toLongLong()) : std::nullopt;
    if (!a || !b) {
        m_radar->setSeries({});
        return;
    }
    const QLocale locale;
    auto addRow = [&](const QString &name, const QString &x, const QString &y, const QString &change, bool heading,
                      int scoreA = -1, int scoreB = -1) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString texts[] = {name, x, y, change};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(texts[c]);
            if (heading) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (c == 1 && scoreA >= 0)
                item->setBackground(ReadinessModel::scoreColour(scoreA));
            if (c == 2 && scoreB >= 0)
                item->setBackground(ReadinessModel::scoreColour(scoreB));
            m_table->setItem(row, c, item);
        }
    };
    auto change = [&](std::optional<double> x, std::optional<double> y) -> QString {
        if (!x || !y)
            return QStringLiteral("–");
        const double d = *y - *x;
        return (d > 0 ? QStringLiteral("+") : QString()) + locale.toString(d, 'f', 1);
    };
    addRow(tr("Verdict"), verdictLabel(a->verdict), verdictLabel(b->verdict), QString(), true);
    for (Domain d : Domains) {
        const auto x = a->domainScore(d);
        const auto y = b->domainScore(d);
        addRow(domainLabel(d), x ? locale.toString(*x, 'f', 1) : tr("no score"), y ? locale.toString(*y, 'f', 1) : tr("no score"),
               change(x, y), true);
    }
    // Criteria by code, in the second assessment's order, then those only the first has.
    QStringList codes;
    for (const CriterionResult &r : b->criteria)
        codes.append(r.criterion.code);
    for (const CriterionResult &r : a->criteria) {
        if (!codes.contains(r.criterion.code))
            codes.append(r.criterion.code);
    }
    auto find = [](const Evaluation &e, const QString &code) -> const CriterionResult * {
        for (const CriterionResult &r : e.criteria) {
            if (r.criterion.code == code)
                return &r;
        }
        return nullptr;
    };
    for (const QString &code : codes) {
        const CriterionResult *x = find(*a, code);
        const CriterionResult *y = find(*b, code);
        const CriterionResult *any = y ? y : x;
        auto score = [](const CriterionResult *r) -> QString {
            return r ? (r->scored() ? scoreLabel(r->score) : tr("no score")) : tr("not assessed");
        };
        auto value = [](const CriterionResult *r) {
            return r && r->scored() ? std::optional<double>(r->score) : std::nullopt;
        };
        addRow(QStringLiteral("    ") + any->criterion.name(), score(x), score(y), change(value(x), value(y)), false,
               x ? x->score : 0, y ? y->score : 0);
    }
    m_radar->setSeries({RadarChart::seriesOf(tr("First"), *a), RadarChart::seriesOf(tr("Second"), *b)});
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QDialog::changeEvent(event);
}
