#pragma once

#include <QtGlobal>

#include <optional>
#include <utility>

namespace frontline::client {

// The record an administration page is editing, while the list under it is read again (another
// manager's change pushed, the reload after a save). It tells the page's unsaved edits from what
// was shown, so that a reread keeps them, and says when the record under them was changed or
// deleted meanwhile. A save answered after another record was opened does not take that one
// over.
//
// T has an `id` (0: not stored yet) and operator==. The page hands it two kinds of T: records as
// the controller lists them, and the editor's contents as the page reads them back.
template<typename T> class EditedRecord
{
public:
    enum class Reread {
        Refill, // no unsaved edits: the page fills its editor with the latest record
        Keep, // the edits stay; the record under them is as it was
        KeepChanged, // the edits stay; another manager changed the record (saving replaces it)
        KeepDeleted, // the edits stay; another manager deleted the record (saving creates it)
    };

    // The editor was filled with `record` and now holds `editor`. Returns whether the page's
    // status spoke of what the editor no longer holds: a warning of a change meanwhile was up,
    // `record` is a newer version of the record shown before, or that record is gone and a
    // blank one shown (a status such as "Saved." spoke of the one before).
    bool shown(const T& record, const T& editor)
    {
        const bool replaced =
            m_shown.id != 0 && (record.id == m_shown.id ? !(record == m_shown) : record.id == 0);
        m_shown = record;
        m_draft = editor;
        ++m_showings;
        return std::exchange(m_warned, false) || replaced;
    }
    bool hasUnsavedEdits(const T& editor) const { return m_draft && !(editor == *m_draft); }

    // A save sent the editor's contents.
    void sending(const T& editor)
    {
        m_sending = editor;
        m_sendingShowing = m_showings;
    }
    // The save was answered with the stored record. Unless the editor was filled again
    // meanwhile (another record opened, New, a blank after a deletion), what the save sent is
    // no unsaved edit any more, while what was typed since it went is; then returns true and
    // the editor takes the stored id.
    bool saved(const T& stored)
    {
        const bool same = m_sending && m_sendingShowing == m_showings;
        if (same) {
            m_shown = stored;
            m_draft = *m_sending;
            m_draft->id = stored.id;
            m_warned = false;
        }
        m_sending.reset();
        return same;
    }
    // The save was refused or not answered.
    void notSaved() { m_sending.reset(); }

    // The list was read again. `latest` is the record with the editor's id as listed now, or
    // a blank one (another id) when it is gone. On KeepDeleted the page gives its editor id 0.
    Reread reread(const T& editor, const T& latest)
    {
        if (!hasUnsavedEdits(editor))
            return Reread::Refill;
        if (editor.id == 0 || latest == m_shown)
            return Reread::Keep;
        m_shown = latest;
        m_warned = true;
        return latest.id == editor.id ? Reread::KeepChanged : Reread::KeepDeleted;
    }

private:
    T m_shown {}; // the record as the server had it when shown or saved
    std::optional<T> m_draft; // the editor's contents right after it was shown or saved
    std::optional<T> m_sending; // what a save sent
    bool m_warned = false; // the page's status says the record changed meanwhile
    quint64 m_showings = 0; // how often the editor was filled
    quint64 m_sendingShowing = 0; // m_showings when the save was sent
};

} // namespace frontline::client
