#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

// The first-run screen: create a programme, open a database file, set up a field laptop from a
// starter package, or open the demonstration programme.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void createRequested();
    void openRequested();
    void demoRequested();
    void starterRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_intro;
    QCommandLinkButton *m_create;
    QCommandLinkButton *m_open;
    QCommandLinkButton *m_starter;
    QCommandLinkButton *m_demo;
};
