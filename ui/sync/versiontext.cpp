#include "versiontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace {
struct FieldName
{
    const char *field;
    const char *label;
};

// The columns people meet most in conflicts; any other shows its column name.
constexpr FieldName fieldNames[] = {
    {"value", QT_TRANSLATE_NOOP("VersionText", "Value")},
    {"numerator", QT_TRANSLATE_NOOP("VersionText", "Numerator")},
    {"denominator", QT_TRANSLATE_NOOP("VersionText", "Denominator")},
    {"comment", QT_TRANSLATE_NOOP("VersionText", "Comment")},
    {"follow_up", QT_TRANSLATE_NOOP("VersionText", "Follow-up")},
    {"status", QT_TRANSLATE_NOOP("VersionText", "Status")},
    {"period", QT_TRANSLATE_NOOP("VersionText", "Period")},
    {"code", QT_TRANSLATE_NOOP("VersionText", "Code")},
    {"name_en", QT_TRANSLATE_NOOP("VersionText", "Name (English)")},
    {"name_zh", QT_TRANSLATE_NOOP("VersionText", "Name (Chinese)")},
    {"site_id", QT_TRANSLATE_NOOP("VersionText", "Site")},
    {"indicator_id", QT_TRANSLATE_NOOP("VersionText", "Indicator")},
    {"option_id", QT_TRANSLATE_NOOP("VersionText", "Category option")},
    {"baseline", QT_TRANSLATE_NOOP("VersionText", "Baseline")},
    {"target", QT_TRANSLATE_NOOP("VersionText", "Target")},
};
} // namespace

QString VersionText::fieldLabel(const QString &field)
{
    for (const FieldName &f : fieldNames) {
        if (field == QLatin1StringView(f.field))
            return tr(f.label);
    }
    return field;
}

bool VersionText::isScalar(const QJsonValue &value)
{
    return !value.isArray() && !value.isObject();
}

bool VersionText::isSecret(const QString &field)
{
    return field.startsWith(QLatin1StringView("password"));
}

QString VersionText::valueText(const QString &field, const QJsonValue &value)
{
    if (isSecret(field))
        return value.isNull() || value.isUndefined() ? QString() : tr("(hidden)");
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: return QLocale().toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return {};
}

QStringList VersionText::differingFields(const Sync::Version &a, const Sync::Version &b)
{
    QStringList keys = a.content.keys() + b.content.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    if (a.deleted != b.deleted)
        return keys;
    QStringList differing;
    std::copy_if(keys.cbegin(), keys.cend(), std::back_inserter(differing),
                 [&](const QString &key) { return a.content.value(key) != b.content.value(key); });
    return differing;
}

QString VersionText::summary(const Sync::Version &version, const QStringList &fields, int maxFields)
{
    if (version.deleted)
        return tr("Deleted");
    QStringList parts;
    for (const QString &field : fields.first(std::min<qsizetype>(fields.size(), maxFields))) {
        const QJsonValue value = version.content.value(field);
        const QString text = value.isNull() || value.isUndefined() ? tr("(none)") : valueText(field, value);
        parts.append(tr("%1: %2", "a field and its value").arg(fieldLabel(field), text));
    }
    if (fields.size() > maxFields)
        parts.append(QStringLiteral("…"));
    return parts.join(QStringLiteral("; "));
}

QString VersionText::changed(const Sync::Version &version)
{
    const QString when = version.changedAt.isValid()
                             ? QLocale().toString(version.changedAt.toLocalTime(), QLocale::ShortFormat)
                             : QString();
    if (version.changedBy.isEmpty())
        return when;
    if (when.isEmpty())
        return version.changedBy;
    return tr("%1, %2", "who changed a row, and when").arg(version.changedBy, when);
}

bool VersionText::isEditable(const QString &field, const QJsonValue &value)
{
    const bool key = field == QLatin1StringView("period") || field == QLatin1StringView("year");
    return isScalar(value) && !key && !isReference(field, value) && !isSecret(field);
}

bool VersionText::isReference(const QString &field, const QJsonValue &value)
{
    static const QRegularExpression uuid(
        QStringLiteral("^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$"));
    return field == QLatin1StringView("uuid") || field.endsWith(QLatin1StringView("_uuid"))
           || field.endsWith(QLatin1StringView("_id")) || (value.isString() && uuid.match(value.toString()).hasMatch());
}
