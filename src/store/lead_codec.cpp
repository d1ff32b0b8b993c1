// Binary lead chunks; see lead_codec.h.
#include "store/lead_codec.h"

#include "store/binary_fields.h"

namespace cadence::store {
namespace {

// The least a lead takes: one byte for each of its 13 fields (empty text and lists included).
constexpr std::size_t kLeastLeadBytes = 13;

// Phones and emails share a shape: label, the number or address, and the bad-contact flag.
template <typename Contact> void putContacts(std::string& out, const std::vector<Contact>& contacts, auto value) {
    putVarint(out, contacts.size());
    for (const Contact& contact : contacts) {
        putText(out, contact.label);
        putText(out, contact.*value);
        putVarint(out, contact.flaggedBad ? 1 : 0);
    }
}

template <typename Contact>
bool readContacts(FieldReader& in, std::vector<Contact>& out, auto value, const char* field) {
    return readList(in, out, 3, field, [&](Contact& contact) {
        return in.text(contact.label, field) && in.text(contact.*value, field) && in.boolean(contact.flaggedBad, field);
    });
}

bool readPreferredChannel(FieldReader& in, std::optional<Channel>& out) {
    std::size_t stored = 0; // 0: none, else the channel's index + 1
    if (!in.enumeration(stored, kChannelCount + 1, "preferredChannel")) return false;
    if (stored != 0) out = static_cast<Channel>(stored - 1);
    return true;
}

bool readKeyDate(FieldReader& in, KeyDate& date) {
    bool hasYear = false;
    return in.text(date.name, "keyDates") && in.integer(date.month, "keyDates") && in.integer(date.day, "keyDates") &&
           in.boolean(hasYear, "keyDates") && (!hasYear || in.integer(date.year.emplace(), "keyDates"));
}

bool readLead(FieldReader& in, Lead& lead) {
    return in.id(lead.id.value, "id") && in.text(lead.name, "name") &&
           readContacts(in, lead.phones, &PhoneNumber::number, "phones") &&
           readContacts(in, lead.emails, &EmailAddress::address, "emails") && in.text(lead.address, "address") &&
           in.text(lead.source, "source") &&
           readList(in, lead.tags, 1, "tags", [&](std::string& tag) { return in.text(tag, "tags"); }) &&
           in.enumeration(lead.stage, kStageCount, "stage") &&
           in.enumeration(lead.temperature, kTemperatureCount, "temperature") &&
           readPreferredChannel(in, lead.preferredChannel) &&
           readList(in, lead.keyDates, 4, "keyDates", [&](KeyDate& date) { return readKeyDate(in, date); }) &&
           in.text(lead.notes, "notes") && in.instant(lead.createdAt, "createdAt");
}

} // namespace

std::string encodeLeads(std::span<const Lead> leads) {
    std::string out(kLeadChunkMagic);
    out.reserve(out.size() + leads.size() * 96);
    putVarint(out, leads.size());
    for (const Lead& lead : leads) {
        putVarint(out, lead.id.value);
        putText(out, lead.name);
        putContacts(out, lead.phones, &PhoneNumber::number);
        putContacts(out, lead.emails, &EmailAddress::address);
        putText(out, lead.address);
        putText(out, lead.source);
        putVarint(out, lead.tags.size());
        for (const std::string& tag : lead.tags)
            putText(out, tag);
        putVarint(out, static_cast<std::uint64_t>(lead.stage));
        putVarint(out, static_cast<std::uint64_t>(lead.temperature));
        putVarint(out, lead.preferredChannel ? static_cast<std::uint64_t>(*lead.preferredChannel) + 1 : 0);
        putVarint(out, lead.keyDates.size());
        for (const KeyDate& date : lead.keyDates) {
            putText(out, date.name);
            putSigned(out, date.month);
            putSigned(out, date.day);
            putVarint(out, date.year ? 1 : 0);
            if (date.year) putSigned(out, *date.year);
        }
        putText(out, lead.notes);
        putInstant(out, lead.createdAt);
    }
    return out;
}

bool isEncodedLeads(std::string_view payload) { return payload.starts_with(kLeadChunkMagic); }

Result<std::vector<Lead>> decodeLeads(std::string_view payload) {
    return decodeChunk<Lead>(payload, kLeadChunkMagic, "leads", kLeastLeadBytes, readLead);
}

} // namespace cadence::store
