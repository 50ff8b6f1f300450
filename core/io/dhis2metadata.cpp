#include "dhis2metadata.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString().trimmed();
}

QString refId(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toObject().value(QStringLiteral("id")).toString();
}

// The value of a "zh…" translation of a property (NAME, DESCRIPTION), if any.
QString chineseTranslation(const QJsonObject &o, QLatin1StringView property)
{
    for (const QJsonValue &v : o.value(QStringLiteral("translations")).toArray()) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("property")).toString().compare(property, Qt::CaseInsensitive) == 0 &&
            t.value(QStringLiteral("locale")).toString().startsWith(QLatin1StringView("zh"), Qt::CaseInsensitive))
            return t.value(QStringLiteral("value")).toString().trimmed();
    }
    return {};
}

// English and Chinese from a DHIS2 name and its translation.
std::pair<QString, QString> names(const QString &name, const QString &translated)
{
    if (!translated.isEmpty())
        return {Dhis2Metadata::hasChinese(name) ? QString() : name, translated};
    if (Dhis2Metadata::hasChinese(name))
        return {QString(), name};
    return {name, QString()};
}

// A dimension member as the standard options write it where the word is a known one.
QString memberOf(const QString &dimension, const QString &member)
{
    const QString m = member.toCaseFolded();
    if (dimension == u"sex" || dimension == u"gender") {
        if (m == u"f" || m == u"female" || m == u"girls" || m == u"女" || m == u"女童")
            return QStringLiteral("female");
        if (m == u"m" || m == u"male" || m == u"boys" || m == u"男" || m == u"男童")
            return QStringLiteral("male");
    }
    return m;
}
} // namespace

bool Dhis2Metadata::hasChinese(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

QString Dhis2Metadata::codeOf(const QString &code, const QString &uid)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString c = code.trimmed();
    c.replace(space, QStringLiteral("_"));
    return c.isEmpty() ? uid : c;
}

Result<Dhis2Metadata> Dhis2Metadata::read(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(name, file.errorString()), ErrorKind::File);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("%1 is not valid JSON: %2 at character %3.").arg(name, error.errorString()).arg(error.offset),
                    ErrorKind::File);
    const QJsonObject root = doc.object();
    static const char *const keys[] = {"organisationUnits", "dataElements", "categoryCombos"};
    bool any = false;
    for (const char *k : keys)
        any = any || root.contains(QLatin1StringView(k));
    if (!doc.isObject() || !any)
        return fail(tr("%1 is not a DHIS2 metadata export: it has no organisationUnits, dataElements or categoryCombos.")
                        .arg(name),
                    ErrorKind::File);

    Dhis2Metadata m;
    // Organisation units, their levels and ancestors.
    QHash<QString, QString> parentOf;
    const QJsonArray units = root.value(QStringLiteral("organisationUnits")).toArray();
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QJsonObject o = units.at(i).toObject();
        OrgUnit u;
        u.index = i + 1;
        u.uid = str(o, "id");
        u.code = codeOf(str(o, "code"), u.uid);
        std::tie(u.name, u.nameZh) = names(str(o, "name"), chineseTranslation(o, QLatin1StringView("NAME")));
        u.level = o.value(QStringLiteral("level")).toInt(0);
        const QStringList path = str(o, "path").split(u'/', Qt::SkipEmptyParts);
        if (!path.isEmpty() && path.last() == u.uid)
            u.ancestors = path.mid(0, path.size() - 1);
        if (const QString parent = refId(o, "parent"); !parent.isEmpty())
            parentOf.insert(u.uid, parent);
        const QJsonObject geometry = o.value(QStringLiteral("geometry")).toObject();
        const QJsonArray point = geometry.value(QStringLiteral("coordinates")).toArray();
        if (geometry.value(QStringLiteral("type")).toString() == u"Point" && point.size() == 2) {
            u.longitude = point.at(0).toDouble();
            u.latitude = point.at(1).toDouble();
        }
        u.closed = !str(o, "closedDate").isEmpty();
        m.orgUnits.append(u);
    }
    // Without a path, the ancestors and level come from the parent chain (the parent's own
    // path or level where it has one).
    QHash<QString, qsizetype> unitIndex;
    for (qsizetype i = 0; i < m.orgUnits.size(); ++i)
        unitIndex.insert(m.orgUnits.at(i).uid, i);
    QSet<QString> resolving;
    std::function<void(OrgUnit &)> resolve = [&](OrgUnit &u) {
        const QString parent = parentOf.value(u.uid);
        if (!u.ancestors.isEmpty() || parent.isEmpty() || resolving.contains(u.uid)) {
            if (u.level == 0 && !u.ancestors.isEmpty())
                u.level = int(u.ancestors.size()) + 1;
            return;
        }
        resolving.insert(u.uid);
        if (const auto it = unitIndex.constFind(parent); it != unitIndex.cend()) {
            OrgUnit &p = m.orgUnits[*it];
            resolve(p);
            u.ancestors = p.ancestors;
            if (u.level == 0 && p.level > 0)
                u.level = p.level + 1;
        }
        u.ancestors.append(parent);
        if (u.level == 0)
            u.level = int(u.ancestors.size()) + 1;
        resolving.remove(u.uid);
    };
    for (OrgUnit &u : m.orgUnits)
        resolve(u);

    // Categories and their options; combos' option combinations.
    QHash<QString, QJsonObject> options, categories;
    for (const QJsonValue &v : root.value(QStringLiteral("categoryOptions")).toArray())
        options.insert(str(v.toObject(), "id"), v.toObject());
    for (const QJsonValue &v : root.value(QStringLiteral("categories")).toArray())
        categories.insert(str(v.toObject(), "id"), v.toObject());
    auto dimensionOf = [](const QJsonObject &category) {
        const QString c = str(category, "code");
        return (c.isEmpty() ? str(category, "name") : c).toCaseFolded();
    };
    auto optionWord = [](const QJsonObject &option) {
        const QString c = str(option, "code");
        return c.isEmpty() ? str(option, "name") : c;
    };
    QHash<QString, QList<QJsonObject>> cocsByCombo;
    for (const QJsonValue &v : root.value(QStringLiteral("categoryOptionCombos")).toArray())
        cocsByCombo[refId(v.toObject(), "categoryCombo")].append(v.toObject());
    for (const QJsonValue &v : root.value(QStringLiteral("categoryCombos")).toArray()) {
        const QJsonObject combo = v.toObject();
        const QString uid = str(combo, "id");
        QList<OptionCombo> list;
        const bool isDefault = str(combo, "name").compare(u"default", Qt::CaseInsensitive) == 0 ||
                               str(combo, "code").compare(u"default", Qt::CaseInsensitive) == 0;
        QList<QJsonObject> comboCategories;
        for (const QJsonValue &c : combo.value(QStringLiteral("categories")).toArray())
            comboCategories.append(categories.value(str(c.toObject(), "id")));
        auto categoryOf = [&](const QString &optionUid) -> QJsonObject {
            for (const QJsonObject &c : std::as_const(comboCategories)) {
                for (const QJsonValue &o : c.value(QStringLiteral("categoryOptions")).toArray())
                    if (str(o.toObject(), "id") == optionUid)
                        return c;
            }
            return {};
        };
        if (!isDefault && cocsByCombo.contains(uid)) {
            for (const QJsonObject &coc : cocsByCombo.value(uid)) {
                OptionCombo oc;
                oc.uid = str(coc, "id");
                QStringList words;
                for (const QJsonValue &o : coc.value(QStringLiteral("categoryOptions")).toArray()) {
                    const QString optionUid = str(o.toObject(), "id");
                    const QJsonObject option = options.value(optionUid);
                    const QString dimension = dimensionOf(categoryOf(optionUid));
                    if (!dimension.isEmpty())
                        oc.tags.append({dimension, memberOf(dimension, optionWord(option))});
                    words.append(optionWord(option));
                }
                oc.code = codeOf(str(coc, "code").isEmpty() ? words.join(u'_') : str(coc, "code"), oc.uid);
                std::tie(oc.nameEn, oc.nameZh) = names(str(coc, "name"), chineseTranslation(coc, QLatin1StringView("NAME")));
                if (str(coc, "name").compare(u"default", Qt::CaseInsensitive) != 0)
                    list.append(oc);
            }
        } else if (!isDefault && !comboCategories.isEmpty()) {
            // Every combination of the categories' options, in the categories' order.
            list.append(OptionCombo{});
            for (const QJsonObject &category : std::as_const(comboCategories)) {
                QList<OptionCombo> next;
                const QString dimension = dimensionOf(category);
                for (const OptionCombo &partial : std::as_const(list)) {
                    for (const QJsonValue &o : category.value(QStringLiteral("categoryOptions")).toArray()) {
                        const QJsonObject option = options.value(str(o.toObject(), "id"));
                        OptionCombo oc = partial;
                        const QString word = optionWord(option);
                        const auto [en, zh] = names(str(option, "name"), chineseTranslation(option, QLatin1StringView("NAME")));
                        oc.code = oc.code.isEmpty() ? word : QString(oc.code + u'_' + word);
                        oc.nameEn = oc.nameEn.isEmpty() ? en : QString(oc.nameEn + QStringLiteral(", ") + en);
                        oc.nameZh = oc.nameZh.isEmpty() ? zh : QString(oc.nameZh + QStringLiteral("，") + zh);
                        if (!dimension.isEmpty())
                            oc.tags.append({dimension, memberOf(dimension, word)});
                        next.append(oc);
                    }
                }
                list = next;
            }
            for (OptionCombo &oc : list)
                oc.code = codeOf(oc.code, QString());
            list.removeIf([](const OptionCombo &oc) { return oc.code.isEmpty(); });
        }
        m.combos.insert(uid, list);
    }

    // Data elements, with the period type of a data set that holds them.
    QHash<QString, QString> periodTypes;
    for (const QJsonValue &v : root.value(QStringLiteral("dataSets")).toArray()) {
        const QJsonObject set = v.toObject();
        for (const QJsonValue &e : set.value(QStringLiteral("dataSetElements")).toArray()) {
            const QString de = refId(e.toObject(), "dataElement");
            if (!periodTypes.contains(de))
                periodTypes.insert(de, str(set, "periodType"));
        }
    }
    const QJsonArray elements = root.value(QStringLiteral("dataElements")).toArray();
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QJsonObject o = elements.at(i).toObject();
        DataElement d;
        d.index = i + 1;
        d.uid = str(o, "id");
        d.code = codeOf(str(o, "code"), d.uid);
        std::tie(d.name, d.nameZh) = names(str(o, "name"), chineseTranslation(o, QLatin1StringView("NAME")));
        std::tie(d.description, d.descriptionZh) =
            names(str(o, "description"), chineseTranslation(o, QLatin1StringView("DESCRIPTION")));
        d.valueType = str(o, "valueType");
        d.aggregationType = str(o, "aggregationType");
        d.domainType = str(o, "domainType");
        d.comboUid = refId(o, "categoryCombo");
        d.periodType = periodTypes.value(d.uid);
        m.dataElements.append(d);
    }
    return m;
}

QList<Dhis2Metadata::OrgUnit> Dhis2Metadata::siteUnits() const
{
    QSet<QString> parents;
    for (const OrgUnit &u : orgUnits) {
        for (const QString &a : u.ancestors)
            parents.insert(a);
    }
    QList<OrgUnit> list;
    for (const OrgUnit &u : orgUnits) {
        if (!parents.contains(u.uid))
            list.append(u);
    }
    return list;
}

void Dhis2Metadata::applyTo(const OrgUnit &unit, Site *site) const
{
    site->code = unit.code;
    if (!unit.name.isEmpty())
        site->nameEn = unit.name;
    if (!unit.nameZh.isEmpty())
        site->nameZh = unit.nameZh;
    // Built once for all units (a national hierarchy has tens of thousands).
    if (m_unitIndex.size() != orgUnits.size()) {
        m_unitIndex.clear();
        for (qsizetype i = 0; i < orgUnits.size(); ++i)
            m_unitIndex.insert(orgUnits.at(i).uid, i);
    }
    QList<const OrgUnit *> chain;
    for (const QString &a : unit.ancestors) {
        if (const qsizetype i = m_unitIndex.value(a, -1); i >= 0)
            chain.append(&orgUnits.at(i));
    }
    chain.append(&unit);
    for (const OrgUnit *u : std::as_const(chain)) {
        QString *en = nullptr, *zh = nullptr;
        switch (u->level) {
        case 2: en = &site->provinceEn; zh = &site->provinceZh; break;
        case 3: en = &site->prefectureEn; zh = &site->prefectureZh; break;
        case 4: en = &site->countyEn; zh = &site->countyZh; break;
        case 5: en = &site->townshipEn; zh = &site->townshipZh; break;
        default: break;
        }
        if (en && !u->name.isEmpty())
            *en = u->name;
        if (zh && !u->nameZh.isEmpty())
            *zh = u->nameZh;
    }
    if (unit.latitude && unit.longitude) {
        site->latitude = unit.latitude;
        site->longitude = unit.longitude;
    }
    if (unit.closed)
        site->status = SiteStatus::Closed;
}

std::optional<ValueType> Dhis2Metadata::valueType(const DataElement &e, QString *reason)
{
    if (!e.domainType.isEmpty() && e.domainType != u"AGGREGATE") {
        *reason = tr("data element %1 is a tracker data element (domain type %2); only aggregate data elements become "
                     "indicators.")
                      .arg(e.code, e.domainType);
        return std::nullopt;
    }
    const QString t = e.valueType.isEmpty() ? QStringLiteral("NUMBER") : e.valueType;
    const bool average = e.aggregationType.startsWith(QLatin1StringView("AVERAGE"));
    if (t == u"INTEGER_NEGATIVE")
        return ValueType::Mean;
    if (t.startsWith(QLatin1StringView("INTEGER")) || t == u"NUMBER")
        return average ? ValueType::Mean : ValueType::Count;
    if (t == u"PERCENTAGE")
        return ValueType::Percentage;
    if (t == u"BOOLEAN" || t == u"TRUE_ONLY")
        return ValueType::YesNo;
    *reason = tr("data element %1 has the value type %2, which no indicator can hold.").arg(e.code, t);
    return std::nullopt;
}

Frequency Dhis2Metadata::frequency(const QString &periodType)
{
    if (periodType.startsWith(QLatin1StringView("Quarterly")))
        return Frequency::Quarterly;
    if (periodType.startsWith(QLatin1StringView("Yearly")) || periodType.startsWith(QLatin1StringView("Financial")))
        return Frequency::Annual;
    return Frequency::Monthly;
}

void Dhis2Metadata::applyTo(const DataElement &e, ValueType type, Indicator *indicator)
{
    indicator->code = e.code;
    if (!e.name.isEmpty())
        indicator->nameEn = e.name;
    if (!e.nameZh.isEmpty())
        indicator->nameZh = e.nameZh;
    if (!e.description.isEmpty())
        indicator->definitionEn = e.description;
    if (!e.descriptionZh.isEmpty())
        indicator->definitionZh = e.descriptionZh;
    indicator->valueType = type;
    if (!e.periodType.isEmpty())
        indicator->frequency = frequency(e.periodType);
}
