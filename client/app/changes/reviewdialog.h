#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace frontline::client::ui {

// The post-implementation review of a change (issue 22): how it went (successful, with
// issues, failed, backed out) and what was learned.
class ReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDialog)

public:
    explicit ReviewDialog(QWidget* parent = nullptr);

    QString outcome() const;
    QString notes() const;

private:
    QComboBox* m_outcome;
    QPlainTextEdit* m_notes;
};

// The outcome's words in the user's language.
QString reviewOutcomeText(const QString& outcome);

} // namespace frontline::client::ui
