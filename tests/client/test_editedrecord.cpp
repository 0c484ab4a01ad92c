// EditedRecord: how an administration page tells its unsaved edits from what it showed, keeps
// them when its list is read again, and says when the record under them changed or was deleted.
#include "client/core/admin/editedrecord.h"

#include <QString>

#include <gtest/gtest.h>

using namespace frontline::client;
using namespace Qt::StringLiterals;

namespace {

struct Record
{
    qint64 id = 0;
    QString name;
    bool operator==(const Record&) const = default;
};

using Reread = EditedRecord<Record>::Reread;

} // namespace

TEST(EditedRecordTest, AReadAgainRefillsAnUntouchedEditorAndKeepsTypedEdits)
{
    EditedRecord<Record> edited;
    const Record shown {7, u"Printers"_s};
    EXPECT_FALSE(edited.shown(shown, shown));
    EXPECT_FALSE(edited.hasUnsavedEdits(shown));
    // Nothing typed: the editor shows what the server has now, and a status about the
    // version shown before goes.
    EXPECT_EQ(edited.reread(shown, {7, u"Printers (L2)"_s}), Reread::Refill);
    EXPECT_TRUE(edited.shown({7, u"Printers (L2)"_s}, {7, u"Printers (L2)"_s}));
    EXPECT_FALSE(edited.shown({7, u"Printers (L2)"_s}, {7, u"Printers (L2)"_s})) << "the same";

    const Record typed {7, u"Printers and copiers"_s};
    EXPECT_TRUE(edited.hasUnsavedEdits(typed));
    EXPECT_EQ(edited.reread(typed, {7, u"Printers (L2)"_s}), Reread::Keep) << "not changed";
    EXPECT_EQ(edited.reread(typed, {7, u"Printing"_s}), Reread::KeepChanged);
    EXPECT_EQ(edited.reread(typed, {7, u"Printing"_s}), Reread::Keep)
        << "the change was told once; the warning stays up";
    EXPECT_EQ(edited.reread(typed, {}), Reread::KeepDeleted);
    // The page gives its editor id 0: saved, it is a new record; later reads keep it.
    EXPECT_EQ(edited.reread({0, typed.name}, {}), Reread::Keep);
    // Showing another record takes the warning down; without a warning, another record leaves
    // the status alone, while a blank editor where a record was (deleted elsewhere) does not.
    EXPECT_TRUE(edited.shown({8, u"Network"_s}, {8, u"Network"_s}));
    EXPECT_FALSE(edited.shown({9, u"Email"_s}, {9, u"Email"_s}));
    EXPECT_TRUE(edited.shown({}, {}));
    EXPECT_FALSE(edited.shown({}, {}));
}

TEST(EditedRecordTest, ASaveMakesWhatItSentTheShownRecordUnlessAnotherWasOpened)
{
    EditedRecord<Record> edited;
    edited.shown({}, {}); // a blank editor for a new record
    const Record sent {0, u"Printers"_s};
    edited.sending(sent);
    // Typed while the save was on its way: still unsaved once it is answered.
    const Record typedSince {0, u"Printers!"_s};
    EXPECT_TRUE(edited.saved({12, u"Printers"_s}));
    EXPECT_FALSE(edited.hasUnsavedEdits({12, u"Printers"_s}));
    EXPECT_TRUE(edited.hasUnsavedEdits({12, typedSince.name}));
    // The reload after the save lists it as sent: nothing to warn about.
    EXPECT_EQ(edited.reread({12, typedSince.name}, {12, u"Printers"_s}), Reread::Keep);

    // A save answered after another record was opened leaves that record alone.
    edited.shown({9, u"Email"_s}, {9, u"Email"_s});
    edited.sending({9, u"E-mail"_s});
    edited.shown({3, u"Hardware"_s}, {3, u"Hardware"_s});
    EXPECT_FALSE(edited.saved({9, u"E-mail"_s}));
    EXPECT_EQ(edited.reread({3, u"Hardware"_s}, {3, u"Hardware"_s}), Reread::Refill);

    // Nor does a new record's save take over the next new record (New clicked meanwhile).
    edited.shown({}, {});
    edited.sending({0, u"Printers"_s});
    edited.shown({}, {});
    EXPECT_FALSE(edited.saved({13, u"Printers"_s}));
    EXPECT_TRUE(edited.hasUnsavedEdits({0, u"Scanners"_s})) << "the second one is still unsaved";

    // A refused save is forgotten: the next answer is not taken for it.
    edited.shown({3, u"Hardware"_s}, {3, u"Hardware"_s});
    edited.sending({3, u""_s});
    edited.notSaved();
    EXPECT_FALSE(edited.saved({3, u"Hardware"_s}));
}
