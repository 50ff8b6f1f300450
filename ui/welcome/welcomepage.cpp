#include "welcomepage.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    m_title->setFont(font);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_create = new QCommandLinkButton(this);
    m_create->setObjectName(QStringLiteral("createProgramme"));
    m_open = new QCommandLinkButton(this);
    m_open->setObjectName(QStringLiteral("openDatabase"));
    m_starter = new QCommandLinkButton(this);
    m_starter->setObjectName(QStringLiteral("setUpFieldLaptop"));
    m_demo = new QCommandLinkButton(this);
    m_demo->setObjectName(QStringLiteral("openDemo"));
    connect(m_create, &QCommandLinkButton::clicked, this, &WelcomePage::createRequested);
    connect(m_open, &QCommandLinkButton::clicked, this, &WelcomePage::openRequested);
    connect(m_starter, &QCommandLinkButton::clicked, this, &WelcomePage::starterRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addSpacing(8);
    column->addWidget(m_intro);
    column->addSpacing(16);
    column->addWidget(m_create);
    column->addWidget(m_open);
    column->addWidget(m_starter);
    column->addWidget(m_demo);
    column->addStretch();
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    outer->setContentsMargins(24, 48, 24, 24);
    retranslateUi();
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Welcome to ScaleReady"));
    m_intro->setText(tr("ScaleReady keeps the evidence of a demonstration model for children — what every pilot and "
                        "comparison site reported, whether the poorest and ethnic-minority children gained too, and "
                        "what the model costs — so that the government can decide whether to scale it up."));
    m_create->setText(tr("Create a programme"));
    m_create->setDescription(tr("Start a new database for a demonstration model and add its sites and indicators."));
    m_open->setText(tr("Open a database file"));
    m_open->setDescription(tr("Continue with a ScaleReady database (.db) on this computer or a USB stick."));
    m_starter->setText(tr("Set up a field laptop from a starter package…"));
    m_starter->setDescription(tr("Make this laptop's database from the starter package (.srpk) your programme manager "
                                 "gave you, then sign in with your own account."));
    m_demo->setText(tr("Open the demonstration programme"));
    m_demo->setDescription(tr("Explore an early childhood development model in 20 counties of western China, with "
                              "three years of data."));
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
