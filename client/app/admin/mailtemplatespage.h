#pragma once

#include "client/app/admin/adminpage.h"
#include "client/app/admin/adminrows.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace frontline::client {
class MailTemplateAdmin;
}

namespace frontline::client::ui {

// The notification mails' texts (issue 19): one row per kind and language, the subject and
// body with placeholders offered from a list, a live preview rendered by the server as the
// admin types, Reset to default and Save. An unknown placeholder is named with its field
// (subject or body) and the field marked. The calls are MailTemplateAdmin's.
class MailTemplatesPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailTemplatesPage)

public:
    explicit MailTemplatesPage(MailTemplateAdmin& admin, QWidget* parent = nullptr);
    void reload() override;
    QString problemField() const { return m_problemField; }
    bool hasUnsavedEdits() const override;

    static QString kindLabel(const QString& kind);
    static QString languageLabel(const QString& language);

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    QString describeField(const QString& field) const override;

private:
    void listTemplates();
    void showDraft();
    void showPreview();
    void insertPlaceholder();
    void showProblem(const QString& field, const QString& message);
    void clearProblem();

    MailTemplateAdmin& m_admin;
    QLabel* m_title;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QComboBox* m_placeholders;
    QPushButton* m_insert;
    QPushButton* m_reset;
    QLabel* m_previewSubject;
    QPlainTextEdit* m_previewBody;
    QWidget* m_lastEditor; // where Insert puts a placeholder
    QString m_problemField;
};

} // namespace frontline::client::ui
