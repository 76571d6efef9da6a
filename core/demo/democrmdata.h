#pragma once

#include "demo/demodata.h"

#include <span>

// The raw material of the demo's customer service: what customers ask at each touchpoint and what
// CS answers, customer notes, tags, addresses. Plain UTF-8 literals, Indonesian as a shop's CS
// writes it.
namespace rapi::demo {

// When, relative to the order it is about, a conversation can start.
enum class TicketAnchor {
    None,           // not about an order: before buying, or anything else
    Placed,         // between placing and paying (how to pay, proof of transfer)
    PaidNotShipped, // paid, waiting for the parcel to leave ("when is it sent?")
    InTransit,      // shipped, not delivered yet
    Delivered,      // after delivery (complaints, how to use)
    BeforeReturn,   // delivered, later returned: the complaint that led to the return
    CancelledPaid,  // paid and then cancelled: where is the refund
};

// Which default template a first reply may start from.
enum class ReplyTemplate { None, CsReply, PaymentReminder, OrderStatus };

// One kind of conversation. Texts may be null where the conversation has no such turn.
struct TicketScenario
{
    int touchpoint; // index into touchpoint::all
    TicketAnchor anchor;
    int weight;
    const char *category;
    const char *subject;
    const char *opening;    // the customer's first message
    const char *reply;      // CS's first answer
    const char *question;   // CS asks for something and waits (pending)
    const char *answer;     // the customer's answer to it
    const char *followUp;   // the customer asks once more
    const char *closing;    // the answer that resolves it
    const char *escalation; // why it goes to the owner
    int priorityWeights[4]; // low, normal, high, urgent
    ReplyTemplate replyTemplate;
};

std::span<const TicketScenario> ticketScenarios();
// A resolved ticket the customer comes back to.
std::span<const char *const> reopenMessages();
// Closing a pending ticket nobody answered, closing a duplicate.
const char *noAnswerNote();
const char *duplicateNote();
const char *reopenNote();

struct DemoCsUser
{
    const char *username;
    const char *displayName;
};
std::span<const DemoCsUser> demoCsUsers();
const char *demoBusinessName();
const char *demoBankAccount();

// Customer profile material.
std::span<const char *const> noteTexts(); // may hold %1 (a product) and %2 (a city)
std::span<const char *const> preferenceTexts();
std::span<const WeightedText> emailDomains();
std::span<const char *const> streetNames();
struct DemoCity
{
    const char *name; // "Kota Bandung"
    const char *province;
    int postalBase; // first three digits
    int weight;
};
std::span<const DemoCity> cities();

} // namespace rapi::demo
