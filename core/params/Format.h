#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// How numbers, durations and ranges are written for people: the one place, so
// the GUI, keepalivectl and the reports round and word them alike (the header
// must never say "15 min 24.6 s" while the drawing says "15 min 25 s").
namespace kt {

// Whole seconds in words: "2 h 11 min 15 s", "75 s", "0 s". Zero components
// inside are left out ("2 h 15 s"); negative values get a leading minus.
QString formatDuration(qint64 seconds);

// A modelled or predicted time in words, rounded to a tenth of a second:
// "2 h 11 min 15 s" when whole, "15 min 24.6 s" otherwise. Every headline,
// label and sentence that states such a time uses this.
QString formatSeconds(double seconds);

// Sub-second precision for event times in tables and logs: "1.250 s",
// "250 ms".
QString formatSecondsPrecise(double seconds);

// A span given in milliseconds (a countdown, TCP_USER_TIMEOUT): precise below
// a minute ("12.000 s", "250 ms"), above it a duration rounded to the nearest
// second ("2 h 0 min 3 s" style, see formatDuration).
QString formatMilliseconds(qint64 ms);

// The same for a narrow column: whole minutes from an hour on ("1 h 59 min").
QString formatMillisecondsShort(qint64 ms);

// A value with its unit: "75 s", "12000 ms", "9" (a count has no unit).
QString formatValue(qint64 value, const QString &unit);

// A range in words, for "must be …" and "it accepts …": "between 1 and
// 32767 s", "between 1 and 127".
QString formatRange(qint64 min, qint64 max, const QString &unit);

// The word for a per-socket option that is not set, so the socket takes the
// host's value: "inherit".
QString inheritWord();

// A requested per-socket value: formatValue(), or inheritWord() when unset.
QString formatRequested(const std::optional<int> &value, const QString &unit);

// A clause ended as a sentence in the interface's language: "… after 2 h" +
// "." in English, "。" in Chinese. Sentences built from clauses (the
// detection sentence, the Lab's outcome) end here rather than with a "."
// glued on, so a translation can end them its own way.
QString asSentence(const QString &clause);

// Whole sentences one after the other, as the interface's language writes
// them: a space between them in English, none in Chinese.
QString joinSentences(const QStringList &sentences);

} // namespace kt
