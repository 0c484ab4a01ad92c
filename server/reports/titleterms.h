#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace frontline::server {

// The subjects of a ticket title for trend analysis (top affected items): its words in lower
// case without stop words (English, German, French) and numbers, and each pair of adjacent
// words, every term once.
QStringList titleTerms(const QString& title);

// The same terms as views into buffers of its own, reused from title to title, so that counting
// the terms of many titles allocates only for the terms not seen before (a dashboard narrowed
// to a custom field reads the titles of up to hundreds of thousands of tickets).
class TitleTermScanner
{
public:
    // Valid until the next call.
    const QList<QStringView>& scan(QStringView title);

private:
    QString m_lower; // the title, each character lower-cased
    QString m_pairs; // "word word" for each pair, back to back
    QList<QStringView> m_words; // an empty view: a word left out, which breaks a pair
    QList<QStringView> m_terms;
};

} // namespace frontline::server
