#pragma once

#include "domain/categoryoption.h"
#include "rowstore.h"

class CategoryOptionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CategoryOptionRepository)

public:
    explicit CategoryOptionRepository(Database &database)
        : m_database(database), m_store(database, QStringLiteral("category_option")) {}

    QList<CategoryOption> all(qint64 programmeId) const;
    // Inserts the option and its dimension tags.
    Result<void> insert(CategoryOption &option, const Actor &actor);

    static Fields fieldsOf(const CategoryOption &option);
    // For the audit: the option's dimension tags, kept in category_option_tag.
    static QJsonObject childrenOf(const CategoryOption &option);

private:
    Database &m_database;
    RowStore m_store;
};
