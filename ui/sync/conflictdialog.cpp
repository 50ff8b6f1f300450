#include "conflictdialog.h"

#include "shell/widgets.h"
#include "versiontext.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int OriginalTextRole = Qt::UserRole + 1; // what the result cell started with

QTableWidgetItem *readOnlyItem(const QString &text, bool bold)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    QFont font = item->font();
    font.setBold(bold);
    item->setFont(font);
    return item;
}
} // namespace

ConflictDialog::ConflictDialog(const Sync::Conflict &conflict, Apply apply, QWidget *parent)
    : QDialog(parent), m_conflict(conflict), m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("conflictDialog"));
    m_what = new QLabel(this);
    m_what->setWordWrap(true);
    m_sides = new QLabel(this);
    m_sides->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflictFields"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    for (int c : {MineColumn, TheirsColumn, ResultColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    m_error = new ErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    // Enter finishes typing in a cell; only a click (or Alt+S) on Save settles the conflict.
    m_buttons->button(QDialogButtonBox::Save)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConflictDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addWidget(m_sides);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    fillRows();
    retranslateUi();
    resize(820, 460);
}

void ConflictDialog::fillRows()
{
    const QStringList differing = VersionText::differingFields(m_conflict.mine, m_conflict.theirs);
    QStringList same = m_conflict.mine.content.keys() + m_conflict.theirs.content.keys();
    std::sort(same.begin(), same.end());
    same.erase(std::unique(same.begin(), same.end()), same.end());
    // A reference both sides share (the row's site, indicator…) is named in the title already.
    same.removeIf([&](const QString &field) {
        return differing.contains(field) || VersionText::isReference(field, base().content.value(field))
               || VersionText::isSecret(field);
    });
    for (const QString &field : differing)
        addRow(field, true);
    for (const QString &field : std::as_const(same))
        addRow(field, false);
    m_table->resizeRowsToContents();
}

void ConflictDialog::addRow(const QString &field, bool differs)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_fields.append(field);
    auto side = [&](const Sync::Version &v) {
        return v.deleted ? tr("(deleted)") : VersionText::valueText(field, v.content.value(field));
    };
    m_table->setItem(row, FieldColumn, readOnlyItem(VersionText::fieldLabel(field), differs));
    m_table->setItem(row, MineColumn, readOnlyItem(side(m_conflict.mine), differs));
    m_table->setItem(row, TheirsColumn, readOnlyItem(side(m_conflict.theirs), differs));

    const QJsonValue start = base().content.value(field);
    const bool editable = VersionText::isEditable(field, start);
    auto *result = new QTableWidgetItem;
    if (start.isBool()) {
        result->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        result->setCheckState(start.toBool() ? Qt::Checked : Qt::Unchecked);
    } else {
        result->setText(VersionText::valueText(field, start));
        result->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                  : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (!editable)
            result->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    result->setData(OriginalTextRole, result->text());
    m_table->setItem(row, ResultColumn, result);
}

int ConflictDialog::rowOf(const QString &field) const
{
    return int(m_fields.indexOf(field));
}

Result<QJsonValue> ConflictDialog::readBack(int row) const
{
    const QString &field = m_fields[row];
    const QJsonValue start = base().content.value(field);
    const QTableWidgetItem *item = m_table->item(row, ResultColumn);
    if (start.isBool())
        return QJsonValue(item->checkState() == Qt::Checked);
    const QString text = item->text().trimmed();
    if (!(item->flags() & Qt::ItemIsEditable) || item->text() == item->data(OriginalTextRole).toString())
        return start; // untouched: exactly as it was
    // The type the column holds: this side's, else the other side's when this one is empty.
    const QJsonValue sample = start.isNull() || start.isUndefined() ? other().content.value(field) : start;
    if (text.isEmpty())
        return sample.isString() ? QJsonValue(QString()) : QJsonValue(QJsonValue::Null);
    if (!sample.isDouble())
        return QJsonValue(text);
    bool ok = false;
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = QLocale::c().toDouble(text, &ok); // a plain "12.5" in any language
    if (!ok)
        return fail(tr("%1: \"%2\" is not a number.").arg(VersionText::fieldLabel(field), text));
    return QJsonValue(number);
}

Result<QJsonObject> ConflictDialog::edited() const
{
    // Only what the user changed: the rest of the row stays as it is now, which may be newer
    // than the version the conflict recorded.
    QJsonObject changed;
    const QJsonObject &before = base().content;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto value = readBack(row);
        if (!value)
            return fail(value.error());
        const QString &field = m_fields[row];
        if (!value->isUndefined() && value.value() != before.value(field))
            changed.insert(field, value.value());
    }
    return changed;
}

void ConflictDialog::accept()
{
    auto content = edited();
    QString error = content ? QString() : content.error();
    if (error.isEmpty() && m_apply)
        error = m_apply(content.value());
    m_error->showError(error);
    if (error.isEmpty())
        QDialog::accept();
}

void ConflictDialog::retranslateUi()
{
    setWindowTitle(tr("Edit the settled version"));
    QString what = QStringLiteral("<b>%1</b> — %2").arg(m_conflict.what.toHtmlEscaped(),
                                                       Sync::entityLabel(m_conflict.entity).toHtmlEscaped());
    if (m_conflict.locked)
        what += QStringLiteral("<br>") + tr("Approved data: a field package tried to change it.").toHtmlEscaped();
    m_what->setText(what);
    m_sides->setText(tr("Mine: changed by %1. Theirs, from %2: changed by %3. The edited version replaces both on every "
                        "database it reaches.")
                         .arg(VersionText::changed(m_conflict.mine), m_conflict.peerName,
                              VersionText::changed(m_conflict.theirs)));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Mine", "this database's version"),
                                        tr("Theirs", "the other database's version"), tr("Settled version")});
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->item(row, FieldColumn)->setText(VersionText::fieldLabel(m_fields[row]));
}

void ConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
