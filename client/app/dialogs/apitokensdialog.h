#pragma once

#include <QDialog>

class QDateTimeEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace frontline::client {
class ApiTokens;
}

namespace frontline::client::ui {

// Settings -> API tokens: the tokens with their scopes, expiry and last use; a form to create
// one (name, scopes, optional expiry) whose secret is shown once with a Copy button; Revoke.
// Renders an ApiTokens controller.
class ApiTokensDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiTokensDialog)

public:
    explicit ApiTokensDialog(ApiTokens& tokens, QWidget* parent = nullptr);

    QString shownSecret() const;

private:
    void render();
    void create();
    void revokeSelected();

    ApiTokens& m_tokens;
    QTreeWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_scopes;
    QCheckBox* m_expires;
    QDateTimeEdit* m_expiresAt;
    QPushButton* m_create;
    QPushButton* m_revoke;
    QLineEdit* m_secret;
    QPushButton* m_copy;
    QLabel* m_status;
};

} // namespace frontline::client::ui
