<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AgendaList</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Mark as done (Ctrl+D)</source>
        <translation>Mark as done (Ctrl+D)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <source>Snooze (Ctrl+L)</source>
        <translation>Snooze (Ctrl+L)</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Until tomorrow</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>For 3 days</translation>
    </message>
    <message>
        <source>Until next Monday</source>
        <translation>Until next Monday</translation>
    </message>
    <message>
        <source>Pick a day…</source>
        <translation>Pick a day…</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>Move to another day (Ctrl+R)</source>
        <translation>Move to another day (Ctrl+R)</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Open client</translation>
    </message>
    <message>
        <source>Open client (Enter)</source>
        <translation>Open client (Enter)</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Prepare the meeting</source>
        <translation>Prepare the meeting</translation>
    </message>
    <message>
        <source>Prepare this meeting</source>
        <translation>Prepare this meeting</translation>
    </message>
    <message>
        <source>Prepare a meeting with this client</source>
        <translation>Prepare a meeting with this client</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Snoozed until %1</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Moved to %1</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing them all may take a moment (Enter)</source>
        <translation>Listing them all may take a moment (Enter)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>Overdue, %n day(s)</source>
        <translation>
            <numerusform>Overdue, %n day</numerusform>
            <numerusform>Overdue, %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
</context>
<context>
    <name>BookSession</name>
    <message>
        <source>The book was backed up.</source>
        <translation>The book was backed up.</translation>
    </message>
    <message>
        <source>Opening the book…</source>
        <translation>Opening the book…</translation>
    </message>
    <message>
        <source>The book is locked.</source>
        <translation>The book is locked.</translation>
    </message>
    <message>
        <source>Resume the meeting?</source>
        <translation>Resume the meeting?</translation>
    </message>
    <message>
        <source>Your meeting with %1 (started %2) was not wrapped up. Everything you recorded is kept. Carry on where you left off?</source>
        <translation>Your meeting with %1 (started %2) was not wrapped up. Everything you recorded is kept. Carry on where you left off?</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>No book is open.</translation>
    </message>
    <message>
        <source>Creating the sample book…</source>
        <translation>Creating the sample book…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sample book</source>
        <translation>Sample book</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Previous month (Page Up)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Next month (Page Down)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>Go to today (Home)</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Meetings only</source>
        <translation>Meetings only</translation>
    </message>
    <message>
        <source>Filter by tier</source>
        <translation>Filter by tier</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)</source>
        <translation>Export to calendar (.ics)</translation>
    </message>
    <message>
        <source>Save meetings and open follow-ups for Outlook or your phone&apos;s calendar</source>
        <translation>Save meetings and open follow-ups for Outlook or your phone&apos;s calendar</translation>
    </message>
    <message>
        <source>Mask client names</source>
        <translation>Mask client names</translation>
    </message>
    <message>
        <source>Mask client names in the exported file</source>
        <translation>Mask client names in the exported file</translation>
    </message>
    <message>
        <source>The file shows 张* instead of 张伟</source>
        <translation>The file shows 张* instead of 张伟</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Show the selected day</source>
        <translation>Show the selected day</translation>
    </message>
    <message>
        <source>Show the selected week</source>
        <translation>Show the selected week</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due in the next days</source>
        <translation>Due in the next days</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nothing planned</translation>
    </message>
    <message>
        <source>Nothing planned for this day.</source>
        <translation>Nothing planned for this day.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>Saved %1 and %2 to %3.</source>
        <translation>Saved %1 and %2 to %3.</translation>
    </message>
    <message>
        <source>Could not save %1. Choose another folder, or close the file if another program has it open.</source>
        <translation>Could not save %1. Choose another folder, or close the file if another program has it open.</translation>
    </message>
</context>
<context>
    <name>CheckCard</name>
    <message>
        <source>How and why</source>
        <translation>How and why</translation>
    </message>
    <message>
        <source>Show guidance for %1</source>
        <translation>Show guidance for %1</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Every row is checked against the book. Nothing is written yet.</source>
        <translation>Every row is checked against the book. Nothing is written yet.</translation>
    </message>
    <message>
        <source>Import nothing if any row has a problem</source>
        <translation>Import nothing if any row has a problem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The check was stopped. Go back and forward to run it again.</source>
        <translation>The check was stopped. Go back and forward to run it again.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read (%1).</source>
        <translation>
            <numerusform>%n row read (%1).</numerusform>
            <numerusform>%n rows read (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: %1.</source>
        <translation>Ready to import: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be left out; they are listed below.</source>
        <translation>
            <numerusform>%n row has problems and will be left out; it is listed below.</numerusform>
            <numerusform>%n rows have problems and will be left out; they are listed below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <source>Prepare a meeting</source>
        <translation>Prepare a meeting</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>Documents…</translation>
    </message>
    <message>
        <source>Print or save documents for the client</source>
        <translation>Print or save documents for the client</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Show contact details</source>
        <translation>Show contact details</translation>
    </message>
    <message>
        <source>Prepare a meeting with the client</source>
        <translation>Prepare a meeting with the client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>Log a contact with the client</source>
        <translation>Log a contact with the client</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Archive client</translation>
    </message>
    <message>
        <source>Restore client</source>
        <translation>Restore client</translation>
    </message>
    <message>
        <source>Show or hide full contact details</source>
        <translation>Show or hide full contact details</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Holdings</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Select a client to see the profile.</source>
        <translation>Select a client to see the profile.</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Hide contact details</source>
        <translation>Hide contact details</translation>
    </message>
    <message>
        <source>(lunar)</source>
        <translation>(lunar)</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>Best time to call</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Personality</translation>
    </message>
    <message>
        <source>Communication style</source>
        <translation>Communication style</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>Habits</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Mindset</source>
        <translation>Mindset</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Client since</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Clients referred</source>
        <translation>Clients referred</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Press Edit to fill in the profile.</source>
        <translation>Nothing recorded yet. Press Edit to fill in the profile.</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%n problem to fix before saving.</numerusform>
            <numerusform>%n problems to fix before saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <source>Export clients</source>
        <translation>Export clients</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;vCard contacts (*.vcf)</source>
        <translation>CSV for Excel (*.csv);;vCard contacts (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting the clients…</source>
        <translation>Exporting the clients…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) exported to %1.</source>
        <translation>
            <numerusform>%n client exported to %1.</numerusform>
            <numerusform>%n clients exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder.
%1</source>
        <translation>The file could not be written. Choose another folder.
%1</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>separate with commas or semicolons</source>
        <translation>separate with commas or semicolons</translation>
    </message>
    <message>
        <source>e.g. 1975-03-05 or 1975年3月5日</source>
        <translation>e.g. 1975-03-05 or 1975年3月5日</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>e.g. 张伟</source>
        <translation>e.g. 张伟</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>e.g. Wei Zhang</source>
        <translation>e.g. Wei Zhang</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>from the core-banking system</source>
        <translation>from the core-banking system</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>Risk profile</translation>
    </message>
    <message>
        <source>Assets (yuan)</source>
        <translation>Assets (yuan)</translation>
    </message>
    <message>
        <source>e.g. 1,250,000 or 125万</source>
        <translation>e.g. 1,250,000 or 125万</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Client since</translation>
    </message>
    <message>
        <source>Suitability</source>
        <translation>Suitability</translation>
    </message>
    <message>
        <source>Risk assessed on</source>
        <translation>Risk assessed on</translation>
    </message>
    <message>
        <source>the date of the bank&apos;s risk assessment</source>
        <translation>the date of the bank&apos;s risk assessment</translation>
    </message>
    <message>
        <source>Civil capacity</source>
        <translation>Civil capacity</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limited</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>needed unless capacity is full</source>
        <translation>needed unless capacity is full</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation>e.g. 138 0013 8000</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>e.g. 021-6888 8888</source>
        <translation>e.g. 021-6888 8888</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>Best time to call</translation>
    </message>
    <message>
        <source>e.g. weekdays after 6 pm</source>
        <translation>e.g. weekdays after 6 pm</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Personality</translation>
    </message>
    <message>
        <source>Communication style</source>
        <translation>Communication style</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>Habits</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Mindset</source>
        <translation>Mindset</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>About the client</source>
        <translation>About the client</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Holdings</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Celebrates the lunar birthday</source>
        <translation>Celebrates the lunar birthday</translation>
    </message>
    <message>
        <source>First-time buyer of wealth products</source>
        <translation>First-time buyer of wealth products</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>An assessment date needs the risk profile it gave.</source>
        <translation>An assessment date needs the risk profile it gave.</translation>
    </message>
    <message>
        <source>A client without full civil capacity needs a guardian.</source>
        <translation>A client without full civil capacity needs a guardian.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Next maturity</source>
        <translation>Next maturity</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Filter by tier</source>
        <translation>Filter by tier</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>Filter by risk profile</source>
        <translation>Filter by risk profile</translation>
    </message>
    <message>
        <source>All risk profiles</source>
        <translation>All risk profiles</translation>
    </message>
    <message>
        <source>Filter by last contact</source>
        <translation>Filter by last contact</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>Any last contact</translation>
    </message>
    <message numerus="yes">
        <source>Not contacted for %n day(s)</source>
        <translation>
            <numerusform>Not contacted for %n day</numerusform>
            <numerusform>Not contacted for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Active or archived clients</source>
        <translation>Active or archived clients</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Active clients</translation>
    </message>
    <message>
        <source>Archived clients</source>
        <translation>Archived clients</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>No client matches. Clear the search or the filters.</source>
        <translation>No client matches. Clear the search or the filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Added %1</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Edited %1</translation>
    </message>
    <message>
        <source>Archived %1</source>
        <translation>Archived %1</translation>
    </message>
    <message>
        <source>%1 archived. Press Ctrl+Z to undo.</source>
        <translation>%1 archived. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>Restored %1</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 restored.</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <source>How did you reach the client?</source>
        <translation>How did you reach the client?</translation>
    </message>
    <message>
        <source>What was said?</source>
        <translation>What was said?</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
</context>
<context>
    <name>CoachingMirror</name>
    <message numerus="yes">
        <source>Last %n meeting(s)</source>
        <translation>
            <numerusform>Last %n meeting</numerusform>
            <numerusform>Last %n meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>How many meetings to look at</source>
        <translation>How many meetings to look at</translation>
    </message>
    <message>
        <source>Items ticked, by phase</source>
        <translation>Items ticked, by phase</translation>
    </message>
    <message>
        <source>Share of each phase&apos;s checklist you ticked</source>
        <translation>Share of each phase&apos;s checklist you ticked</translation>
    </message>
    <message>
        <source>Skipped most often</source>
        <translation>Skipped most often</translation>
    </message>
    <message>
        <source>In how many of these meetings the item was not ticked</source>
        <translation>In how many of these meetings the item was not ticked</translation>
    </message>
    <message>
        <source>Your own rating of each phase</source>
        <translation>Your own rating of each phase</translation>
    </message>
    <message>
        <source>1 to 5, as you rated yourself at each wrap-up, oldest first</source>
        <translation>1 to 5, as you rated yourself at each wrap-up, oldest first</translation>
    </message>
    <message>
        <source>Words to reconsider, by meeting</source>
        <translation>Words to reconsider, by meeting</translation>
    </message>
    <message>
        <source>Words to reconsider</source>
        <translation>Words to reconsider</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held and wrapped up</source>
        <translation>
            <numerusform>%n meeting held and wrapped up</numerusform>
            <numerusform>%n meetings held and wrapped up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n meeting(s) wrapped up so far</source>
        <translation>
            <numerusform>Only %n meeting wrapped up so far</numerusform>
            <numerusform>Only %n meetings wrapped up so far</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting wrapped up yet: the mirror fills as you hold meetings.</source>
        <translation>No meeting wrapped up yet: the mirror fills as you hold meetings.</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>Ticked</translation>
    </message>
    <message>
        <source>Nothing skipped: every item was ticked.</source>
        <translation>Nothing skipped: every item was ticked.</translation>
    </message>
    <message>
        <source>Meetings skipped</source>
        <translation>Meetings skipped</translation>
    </message>
    <message>
        <source>You have not rated a phase yet.</source>
        <translation>You have not rated a phase yet.</translation>
    </message>
    <message>
        <source>Nothing to reconsider in the notes and talking points of these meetings.</source>
        <translation>Nothing to reconsider in the notes and talking points of these meetings.</translation>
    </message>
    <message numerus="yes">
        <source>The phrase coach flagged %n meeting(s): %1</source>
        <translation>
            <numerusform>The phrase coach flagged %n meeting: %1</numerusform>
            <numerusform>The phrase coach flagged %n meetings: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceBanner</name>
    <message>
        <source>Re-assessment needed:</source>
        <translation>Re-assessment needed:</translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation>Take care:</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Add a consent</source>
        <translation>Add a consent</translation>
    </message>
    <message>
        <source>Record a consent form the client signed: what it allows, and the day.</source>
        <translation>Record a consent form the client signed: what it allows, and the day.</translation>
    </message>
    <message>
        <source>What the client consented to</source>
        <translation>What the client consented to</translation>
    </message>
    <message>
        <source>In the form&apos;s own words…</source>
        <translation>In the form&apos;s own words…</translation>
    </message>
    <message>
        <source>The consent in the form&apos;s own words</source>
        <translation>The consent in the form&apos;s own words</translation>
    </message>
    <message>
        <source>As written on the consent form</source>
        <translation>As written on the consent form</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Consent to</translation>
    </message>
    <message>
        <source>Record the consent</source>
        <translation>Record the consent</translation>
    </message>
</context>
<context>
    <name>ConsentList</name>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Consent to</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>No consent on record. When the client signs a consent form, add it here.</source>
        <translation>No consent on record. When the client signs a consent form, add it here.</translation>
    </message>
    <message>
        <source>Add consent…</source>
        <translation>Add consent…</translation>
    </message>
    <message>
        <source>Add a consent the client signed</source>
        <translation>Add a consent the client signed</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>The client withdrew the selected consent</source>
        <translation>The client withdrew the selected consent</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Withdraw the consent?</source>
        <translation>Withdraw the consent?</translation>
    </message>
    <message>
        <source>Record that the client withdrew their consent to “%1” today? The consent stays on record with the day it was given and the day it was withdrawn.</source>
        <translation>Record that the client withdrew their consent to “%1” today? The consent stays on record with the day it was given and the day it was withdrawn.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>At a set time</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation>Meeting brief</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <source>Follow-up letter</source>
        <translation>Follow-up letter</translation>
    </message>
    <message>
        <source>Client profile</source>
        <translation>Client profile</translation>
    </message>
    <message>
        <source>Mask personal data</source>
        <translation>Mask personal data</translation>
    </message>
    <message>
        <source>Phone, e-mail, address and ID are partly hidden and amounts shown as ranges.</source>
        <translation>Phone, e-mail, address and ID are partly hidden and amounts shown as ranges.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>The letter to the client</source>
        <translation>The letter to the client</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Letter text</translation>
    </message>
    <message>
        <source>Reset text</source>
        <translation>Reset text</translation>
    </message>
    <message>
        <source>Letter text (checked by the phrase coach)</source>
        <translation>Letter text (checked by the phrase coach)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation>Save as HTML…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Personal data masked</source>
        <translation>Personal data masked</translation>
    </message>
    <message>
        <source>Personal data shown in full: keep the printout safe</source>
        <translation>Personal data shown in full: keep the printout safe</translation>
    </message>
    <message>
        <source>This client has no wrapped-up meeting yet: minutes and letters are written after the wrap-up.</source>
        <translation>This client has no wrapped-up meeting yet: minutes and letters are written after the wrap-up.</translation>
    </message>
    <message>
        <source>This meeting is not wrapped up yet: minutes and letters are written after the wrap-up.</source>
        <translation>This meeting is not wrapped up yet: minutes and letters are written after the wrap-up.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation>Save as HTML</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation>%1 could not be written: %2. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>How did it go? A few words are enough.</source>
        <translation>How did it go? A few words are enough.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>This is saved as a contact with the client.</source>
        <translation>This is saved as a contact with the client.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>This book is encrypted: it opens only with its passphrase.</source>
        <translation>This book is encrypted: it opens only with its passphrase.</translation>
    </message>
    <message>
        <source>Encrypt this book so that it opens only with a passphrase.</source>
        <translation>Encrypt this book so that it opens only with a passphrase.</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered by anyone.</source>
        <translation>A forgotten passphrase cannot be recovered by anyone.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation>Turn encryption off</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Enter the current passphrase.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least 8 characters.</source>
        <translation>The new passphrase needs at least 8 characters.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>The current passphrase is not right. Nothing was changed.</translation>
    </message>
    <message>
        <source>The change failed; the book was left as it was. %1</source>
        <translation>The change failed; the book was left as it was. %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel or exported by the bank&apos;s system, with a header row in English or Chinese. UTF-8 and GB18030 are both read.</source>
        <translation>A CSV file saved from Excel or exported by the bank&apos;s system, with a header row in English or Chinese. UTF-8 and GB18030 are both read.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Words to reconsider</source>
        <translation>Words to reconsider</translation>
    </message>
</context>
<context>
    <name>FollowUpDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The clients are written in one go: all the good rows, or none.</source>
        <translation>The clients are written in one go: all the good rows, or none.</translation>
    </message>
    <message>
        <source>Save the rejected rows…</source>
        <translation>Save the rejected rows…</translation>
    </message>
    <message>
        <source>A CSV of the rows left out, with the reasons, to fix and import again.</source>
        <translation>A CSV of the rows left out, with the reasons, to fix and import again.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was written.</source>
        <translation>The import was stopped. Nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Fix them and import again.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has a problem. Fix it and import again.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems. Fix them and import again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Imported: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were left out:</source>
        <translation>
            <numerusform>%n row was left out:</numerusform>
            <numerusform>%n rows were left out:</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>%1 saved (%2 rows).</source>
        <translation>%1 saved (%2 rows).</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s)</source>
        <translation>
            <numerusform>%n new client</numerusform>
            <numerusform>%n new clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n client updated</numerusform>
            <numerusform>%n clients updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n client unchanged</numerusform>
            <numerusform>%n clients unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Unknown tier “%1”. Use Private, Wealth, VIP or Mass (私人银行, 财富, 贵宾, 大众).</source>
        <translation>Unknown tier “%1”. Use Private, Wealth, VIP or Mass (私人银行, 财富, 贵宾, 大众).</translation>
    </message>
    <message>
        <source>Unknown risk profile “%1”. Use C1 to C5, for example C3, 平衡型 or balanced.</source>
        <translation>Unknown risk profile “%1”. Use C1 to C5, for example C3, 平衡型 or balanced.</translation>
    </message>
    <message>
        <source>Unknown gender “%1”. Use 男/女 or M/F.</source>
        <translation>Unknown gender “%1”. Use 男/女 or M/F.</translation>
    </message>
    <message>
        <source>Client number %1 is in the file more than once (lines %2).</source>
        <translation>Client number %1 is in the file more than once (lines %2).</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header only %2. Is a comma missing its quotes?</source>
        <translation>This row has %1 cells but the header only %2. Is a comma missing its quotes?</translation>
    </message>
    <message>
        <source>This line is not in the file&apos;s encoding (%1), so it was not read. Save the whole file in one encoding.</source>
        <translation>This line is not in the file&apos;s encoding (%1), so it was not read. Save the whole file in one encoding.</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>Risk profile</translation>
    </message>
    <message>
        <source>Assets (yuan)</source>
        <translation>Assets (yuan)</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Client since</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Risk assessed on</source>
        <translation>Risk assessed on</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>How the scores work</source>
        <translation>How the scores work</translation>
    </message>
    <message>
        <source>Save as picture</source>
        <translation>Save as picture</translation>
    </message>
    <message>
        <source>Save what this tab shows as a PNG picture</source>
        <translation>Save what this tab shows as a PNG picture</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Save the dashboard and the coaching mirror as a PDF</source>
        <translation>Save the dashboard and the coaching mirror as a PDF</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Retention radar</source>
        <translation>Retention radar</translation>
    </message>
    <message>
        <source>Coaching mirror</source>
        <translation>Coaching mirror</translation>
    </message>
    <message>
        <source>Show clients on the radar for</source>
        <translation>Show clients on the radar for</translation>
    </message>
    <message>
        <source>“Prepare ›” starts a meeting plan for the client.</source>
        <translation>“Prepare ›” starts a meeting plan for the client.</translation>
    </message>
    <message>
        <source>Clients on the retention radar</source>
        <translation>Clients on the retention radar</translation>
    </message>
    <message>
        <source>Nobody on the radar: no money maturing, no falling figures, no one overdue.</source>
        <translation>Nobody on the radar: no money maturing, no falling figures, no one overdue.</translation>
    </message>
    <message numerus="yes">
        <source>%n active client(s)</source>
        <translation>
            <numerusform>%n active client</numerusform>
            <numerusform>%n active clients</numerusform>
        </translation>
    </message>
    <message>
        <source>average contribution %1, loyalty %2</source>
        <translation>average contribution %1, loyalty %2</translation>
    </message>
    <message>
        <source>satisfaction %1</source>
        <translation>satisfaction %1</translation>
    </message>
    <message>
        <source>charts for %1</source>
        <translation>charts for %1</translation>
    </message>
    <message numerus="yes">
        <source>All reasons (%n)</source>
        <translation>
            <numerusform>All reasons (%n item)</numerusform>
            <numerusform>All reasons (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention radar (%n)</source>
        <translation>
            <numerusform>Retention radar (%n item)</numerusform>
            <numerusform>Retention radar (%n items)</numerusform>
        </translation>
    </message>
    <message>
        <source>Insights: %1</source>
        <translation>Insights: %1</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Could not save %1: check the folder exists and can be written to.</source>
        <translation>Could not save %1: check the folder exists and can be written to.</translation>
    </message>
</context>
<context>
    <name>LiveProducts</name>
    <message>
        <source>Another product discussed; Enter adds it</source>
        <translation>Another product discussed; Enter adds it</translation>
    </message>
    <message>
        <source>Another product discussed</source>
        <translation>Another product discussed</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Meeting time</source>
        <translation>Meeting time</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Hide assets, notes and contact details from view</source>
        <translation>Hide assets, notes and contact details from view</translation>
    </message>
    <message>
        <source>Privacy: hide assets, notes and contact details</source>
        <translation>Privacy: hide assets, notes and contact details</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <source>End and wrap up</source>
        <translation>End and wrap up</translation>
    </message>
    <message>
        <source>What the client says they need</source>
        <translation>What the client says they need</translation>
    </message>
    <message>
        <source>The client&apos;s stated needs</source>
        <translation>The client&apos;s stated needs</translation>
    </message>
    <message>
        <source>What you believe they really want</source>
        <translation>What you believe they really want</translation>
    </message>
    <message>
        <source>The client&apos;s real intent</source>
        <translation>The client&apos;s real intent</translation>
    </message>
    <message>
        <source>An objection, as the client put it; Enter adds it</source>
        <translation>An objection, as the client put it; Enter adds it</translation>
    </message>
    <message>
        <source>New objection</source>
        <translation>New objection</translation>
    </message>
    <message>
        <source>Consent to record</source>
        <translation>Consent to record</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Client agreed</source>
        <translation>Client agreed</translation>
    </message>
    <message>
        <source>Client declined</source>
        <translation>Client declined</translation>
    </message>
    <message>
        <source>Stated needs</source>
        <translation>Stated needs</translation>
    </message>
    <message>
        <source>Real intent</source>
        <translation>Real intent</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>Products discussed</source>
        <translation>Products discussed</translation>
    </message>
    <message>
        <source>Recording or note-taking</source>
        <translation>Recording or note-taking</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A note; Enter saves it with the time</source>
        <translation>A note; Enter saves it with the time</translation>
    </message>
    <message>
        <source>On record (双录)</source>
        <translation>On record (双录)</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Take care</translation>
    </message>
    <message>
        <source>Set by the answer under Recording or note-taking</source>
        <translation>Set by the answer under Recording or note-taking</translation>
    </message>
    <message>
        <source>Privacy on</source>
        <translation>Privacy on</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find a client: name, pinyin (zs), phone or client number (Ctrl+F)</source>
        <translation>Find a client: name, pinyin (zs), phone or client number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Find a client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Add a client (Ctrl+N)</source>
        <translation>Add a client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import clients from Excel (CSV)</source>
        <translation>Import clients from Excel (CSV)</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export clients to Excel (CSV) or contacts (vCard)</source>
        <translation>Export clients to Excel (CSV) or contacts (vCard)</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Export clients</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n client imported.</numerusform>
            <numerusform>%n clients imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The playbook is in use for new meetings.</source>
        <translation>The playbook is in use for new meetings.</translation>
    </message>
    <message>
        <source>Playbook not used</source>
        <translation>Playbook not used</translation>
    </message>
    <message>
        <source>This playbook file has problems, so it was not used:
%1</source>
        <translation>This playbook file has problems, so it was not used:
%1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Something went wrong and the last action was not completed. Nothing was lost. Details: %1</source>
        <translation>Something went wrong and the last action was not completed. Nothing was lost. Details: %1</translation>
    </message>
    <message>
        <source>RM Coach</source>
        <translation>RM Coach</translation>
    </message>
</context>
<context>
    <name>MeetingFlow</name>
    <message>
        <source>Plan saved.</source>
        <translation>Plan saved.</translation>
    </message>
    <message>
        <source>Exception recorded for %1.</source>
        <translation>Exception recorded for %1.</translation>
    </message>
    <message>
        <source>Meeting saved as a record; follow-ups are on the calendar.</source>
        <translation>Meeting saved as a record; follow-ups are on the calendar.</translation>
    </message>
</context>
<context>
    <name>MeetingRecord</name>
    <message>
        <source>Meeting record</source>
        <translation>Meeting record</translation>
    </message>
    <message>
        <source>To add or correct something, write it here: it is kept as a dated amendment.</source>
        <translation>To add or correct something, write it here: it is kept as a dated amendment.</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation>Add amendment</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>Documents…</translation>
    </message>
    <message>
        <source>Minutes, letter and brief of this meeting</source>
        <translation>Minutes, letter and brief of this meeting</translation>
    </message>
    <message>
        <source>This meeting is a record: it can be amended, not rewritten.</source>
        <translation>This meeting is a record: it can be amended, not rewritten.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>satisfaction %1 of 5</source>
        <translation>satisfaction %1 of 5</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Stated needs</source>
        <translation>Stated needs</translation>
    </message>
    <message>
        <source>Real intent</source>
        <translation>Real intent</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>Products discussed</source>
        <translation>Products discussed</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>(no response recorded)</source>
        <translation>(no response recorded)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>No meeting planned. Open a client and press “Prepare a meeting”.</source>
        <translation>No meeting planned. Open a client and press “Prepare a meeting”.</translation>
    </message>
    <message>
        <source>Planned and in progress</source>
        <translation>Planned and in progress</translation>
    </message>
    <message>
        <source>‹ All meetings</source>
        <translation>‹ All meetings</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month calendar</source>
        <translation>Month calendar</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n item overdue</numerusform>
            <numerusform>%n items overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n item due</numerusform>
            <numerusform>%n items due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n item to do</numerusform>
            <numerusform>%n items to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n item done</numerusform>
            <numerusform>%n items done</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nothing planned</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Work day</source>
        <translation>Work day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>NewFollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>Name, pinyin (zs) or phone</source>
        <translation>Name, pinyin (zs) or phone</translation>
    </message>
    <message>
        <source>Find the client</source>
        <translation>Find the client</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Matching clients</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>e.g. Send the fund factsheet</source>
        <translation>e.g. Send the fund factsheet</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>At a set time</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <source>Choose the client first: type a name, then pick it in the list.</source>
        <translation>Choose the client first: type a name, then pick it in the list.</translation>
    </message>
    <message>
        <source>Say what to do, in a few words.</source>
        <translation>Say what to do, in a few words.</translation>
    </message>
</context>
<context>
    <name>ObjectionRow</name>
    <message>
        <source>Your response</source>
        <translation>Your response</translation>
    </message>
    <message>
        <source>Response to the objection</source>
        <translation>Response to the objection</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
</context>
<context>
    <name>PortfolioDashboard</name>
    <message>
        <source>Clients by tier</source>
        <translation>Clients by tier</translation>
    </message>
    <message>
        <source>Assets under management</source>
        <translation>Assets under management</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>First visits (winning) against keeping clients</source>
        <translation>First visits (winning) against keeping clients</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Follow-ups done</translation>
    </message>
    <message>
        <source>On or before the day they were due, or later</source>
        <translation>On or before the day they were due, or later</translation>
    </message>
    <message>
        <source>Client satisfaction</source>
        <translation>Client satisfaction</translation>
    </message>
    <message>
        <source>Average rating of the month&apos;s meetings, 1-5</source>
        <translation>Average rating of the month&apos;s meetings, 1-5</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>No clients yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n active client(s)</source>
        <translation>
            <numerusform>%n active client</numerusform>
            <numerusform>%n active clients</numerusform>
        </translation>
    </message>
    <message>
        <source>The trend starts today: every client&apos;s assets are noted once a day, and a line appears here after the first month.</source>
        <translation>The trend starts today: every client&apos;s assets are noted once a day, and a line appears here after the first month.</translation>
    </message>
    <message>
        <source>Total at each month&apos;s last snapshot, in %1</source>
        <translation>Total at each month&apos;s last snapshot, in %1</translation>
    </message>
    <message>
        <source>No meeting held in the last twelve months.</source>
        <translation>No meeting held in the last twelve months.</translation>
    </message>
    <message>
        <source>Keeping clients</source>
        <translation>Keeping clients</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>First visits</translation>
    </message>
    <message>
        <source>%1 first visits to win clients, %2 meetings to keep them</source>
        <translation>%1 first visits to win clients, %2 meetings to keep them</translation>
    </message>
    <message>
        <source>No follow-up done in the last twelve months.</source>
        <translation>No follow-up done in the last twelve months.</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>%1% done on time, counted in the month they were due</source>
        <translation>%1% done on time, counted in the month they were due</translation>
    </message>
    <message>
        <source>No meeting was rated in the last twelve months.</source>
        <translation>No meeting was rated in the last twelve months.</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Average rating</translation>
    </message>
    <message numerus="yes">
        <source>Average rating of the month, 1 to 5; %1 over %n rated meeting(s)</source>
        <translation>
            <numerusform>Average rating of the month, 1 to 5; %1 over %n rated meeting</numerusform>
            <numerusform>Average rating of the month, 1 to 5; %1 over %n rated meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <source>The client at a glance</source>
        <translation>The client at a glance</translation>
    </message>
    <message>
        <source>Maturities coming up</source>
        <translation>Maturities coming up</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. the branch&apos;s VIP room, the client&apos;s office</source>
        <translation>e.g. the branch&apos;s VIP room, the client&apos;s office</translation>
    </message>
    <message>
        <source>One objective a line, one to three in all</source>
        <translation>One objective a line, one to three in all</translation>
    </message>
    <message>
        <source>One question a line</source>
        <translation>One question a line</translation>
    </message>
    <message>
        <source>What you mean to say, in the client&apos;s words</source>
        <translation>What you mean to say, in the client&apos;s words</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Prepared questions</source>
        <translation>Prepared questions</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>The plan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Suggested approach</source>
        <translation>Suggested approach</translation>
    </message>
    <message>
        <source>Questioning style</source>
        <translation>Questioning style</translation>
    </message>
    <message>
        <source>Direct or tactful</source>
        <translation>Direct or tactful</translation>
    </message>
    <message>
        <source>Opening topics</source>
        <translation>Opening topics</translation>
    </message>
    <message>
        <source>Products to present</source>
        <translation>Products to present</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Questions and talking points</source>
        <translation>Questions and talking points</translation>
    </message>
    <message>
        <source>Before you go</source>
        <translation>Before you go</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Start the meeting</translation>
    </message>
    <message>
        <source>Risk profile %1</source>
        <translation>Risk profile %1</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets %1</source>
        <translation>Assets %1</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Personality</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>Habits</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Mindset</source>
        <translation>Mindset</translation>
    </message>
    <message>
        <source>None in the next 90 days.</source>
        <translation>None in the next 90 days.</translation>
    </message>
    <message>
        <source>No earlier meeting recorded.</source>
        <translation>No earlier meeting recorded.</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nothing open.</translation>
    </message>
    <message>
        <source>Suggested: %1, %2.</source>
        <translation>Suggested: %1, %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Ask about what matters to the client now.</source>
        <translation>Ask about what matters to the client now.</translation>
    </message>
    <message>
        <source>Skipped last time with this client: %1</source>
        <translation>Skipped last time with this client: %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more item</numerusform>
            <numerusform> and %n more items</numerusform>
        </translation>
    </message>
    <message>
        <source>Exception for %1…</source>
        <translation>Exception for %1…</translation>
    </message>
    <message>
        <source>The client asks for it themselves: record the exception</source>
        <translation>The client asks for it themselves: record the exception</translation>
    </message>
    <message>
        <source>Exception recorded for %1</source>
        <translation>Exception recorded for %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The first rows of the file and what each column becomes.</source>
        <translation>The first rows of the file and what each column becomes.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <source>Not imported (columns RM Coach does not know): %1</source>
        <translation>Not imported (columns RM Coach does not know): %1</translation>
    </message>
    <message>
        <source>Recognised but not stored yet: %1</source>
        <translation>Recognised but not stored yet: %1</translation>
    </message>
</context>
<context>
    <name>ProductCatalogue</name>
    <message>
        <source>Product catalogue</source>
        <translation>Product catalogue</translation>
    </message>
    <message>
        <source>The products you offer, with the bank&apos;s risk level: meeting plans check them against each client&apos;s risk assessment.</source>
        <translation>The products you offer, with the bank&apos;s risk level: meeting plans check them against each client&apos;s risk assessment.</translation>
    </message>
    <message>
        <source>Show withdrawn products</source>
        <translation>Show withdrawn products</translation>
    </message>
    <message>
        <source>No products yet. Import the bank&apos;s list from a CSV file, or add one.</source>
        <translation>No products yet. Import the bank&apos;s list from a CSV file, or add one.</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>New product…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Withdraw from sale</source>
        <translation>Withdraw from sale</translation>
    </message>
    <message>
        <source>Stop offering it; meetings that name it still find its kind and risk.</source>
        <translation>Stop offering it; meetings that name it still find its kind and risk.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Add and update products from the bank&apos;s list (CSV, Chinese or English headers)</source>
        <translation>Add and update products from the bank&apos;s list (CSV, Chinese or English headers)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) on sale</source>
        <translation>
            <numerusform>%n product on sale</numerusform>
            <numerusform>%n products on sale</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 withdrawn</source>
        <translation>, %1 withdrawn</translation>
    </message>
    <message>
        <source>Put back on sale</source>
        <translation>Put back on sale</translation>
    </message>
    <message>
        <source>Delete the product?</source>
        <translation>Delete the product?</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the catalogue? Meeting records keep its name and risk, but new checks will no longer find its kind. If the bank has only stopped selling it, withdraw it from sale instead.</source>
        <translation>Delete %1 (%2) from the catalogue? Meeting records keep its name and risk, but new checks will no longer find its kind. If the bank has only stopped selling it, withdraw it from sale instead.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>e.g. 稳享90天</source>
        <translation>e.g. 稳享90天</translation>
    </message>
    <message>
        <source>as the bank lists it, e.g. WX90-01</source>
        <translation>as the bank lists it, e.g. WX90-01</translation>
    </message>
    <message>
        <source>(choose the bank&apos;s rating)</source>
        <translation>(choose the bank&apos;s rating)</translation>
    </message>
    <message>
        <source>in yuan, e.g. 10,000 or 1万</source>
        <translation>in yuan, e.g. 10,000 or 1万</translation>
    </message>
    <message>
        <source>e.g. 90 days closed, open each quarter, T+1</source>
        <translation>e.g. 90 days closed, open each quarter, T+1</translation>
    </message>
    <message>
        <source>e.g. 0.3% a year, no redemption fee</source>
        <translation>e.g. 0.3% a year, no redemption fee</translation>
    </message>
    <message>
        <source>as the bank publishes it, with its period, e.g. 4.1% over the last year</source>
        <translation>as the bank publishes it, with its period, e.g. 4.1% over the last year</translation>
    </message>
    <message>
        <source>On sale: offered to clients</source>
        <translation>On sale: offered to clients</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Minimum amount</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>Liquidity</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Past performance</source>
        <translation>Past performance</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%n problem to fix before saving.</numerusform>
            <numerusform>%n problems to fix before saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductImportReport</name>
    <message>
        <source>Nothing imported</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nothing was imported. %1</translation>
    </message>
    <message>
        <source>Products imported</source>
        <translation>Products imported</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>From %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) added.</source>
        <translation>
            <numerusform>%n product added.</numerusform>
            <numerusform>%n products added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) updated (same code).</source>
        <translation>
            <numerusform>%n product updated (same code).</numerusform>
            <numerusform>%n products updated (same code).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; they are listed below. Correct them in the file and import it again: products already imported are updated, not doubled.</source>
        <translation>
            <numerusform>%n row refused; it is listed below. Correct it in the file and import it again: products already imported are updated, not doubled.</numerusform>
            <numerusform>%n rows refused; they are listed below. Correct them in the file and import it again: products already imported are updated, not doubled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1</source>
        <translation>Columns not read: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ProductMark</name>
    <message>
        <source>Exception on record</source>
        <translation>Exception on record</translation>
    </message>
    <message>
        <source>Unsuitable</source>
        <translation>Unsuitable</translation>
    </message>
    <message>
        <source>An exception is on record for this meeting: it may be sold.</source>
        <translation>An exception is on record for this meeting: it may be sold.</translation>
    </message>
    <message>
        <source>It cannot be marked as sold without an exception on record.</source>
        <translation>It cannot be marked as sold without an exception on record.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>Liquidity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>RadarModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Prepare a meeting with %1</source>
        <translation>Prepare a meeting with %1</translation>
    </message>
    <message>
        <source>Prepare ›</source>
        <translation>Prepare ›</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Due now: %1</source>
        <translation>Due now: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n other</numerusform>
            <numerusform>and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1, %2, %3.</source>
        <translation>Today: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n item overdue</numerusform>
            <numerusform>%n items overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n item due today</numerusform>
            <numerusform>%n items due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more this week</source>
        <translation>
            <numerusform>%n more item this week</numerusform>
            <numerusform>%n more items this week</numerusform>
        </translation>
    </message>
    <message>
        <source>Next meeting: %1, %2.</source>
        <translation>Next meeting: %1, %2.</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Your day</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>The book is damaged</source>
        <translation>The book is damaged</translation>
    </message>
    <message>
        <source>The book “%1” is damaged and cannot be opened.</source>
        <translation>The book “%1” is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>Restore its newest sound backup (from %1)? The damaged file is kept.</source>
        <translation>Restore its newest sound backup (from %1)? The damaged file is kept.</translation>
    </message>
    <message>
        <source>The book “%1” is damaged and there is no backup of it.</source>
        <translation>The book “%1” is damaged and there is no backup of it.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>That passphrase does not open the backups. Check it and try again.</source>
        <translation>That passphrase does not open the backups. Check it and try again.</translation>
    </message>
    <message>
        <source>None of the backups could be used: each one is damaged or locked.</source>
        <translation>None of the backups could be used: each one is damaged or locked.</translation>
    </message>
    <message>
        <source>Restoring failed: %1</source>
        <translation>Restoring failed: %1</translation>
    </message>
</context>
<context>
    <name>SaleExceptionDialog</name>
    <message>
        <source>Record an exception</source>
        <translation>Record an exception</translation>
    </message>
    <message>
        <source>%1 (%2) is above the client&apos;s risk level. It may be sold only at the client&apos;s own request, after the special written risk warning, with your supervisor&apos;s approval.</source>
        <translation>%1 (%2) is above the client&apos;s risk level. It may be sold only at the client&apos;s own request, after the special written risk warning, with your supervisor&apos;s approval.</translation>
    </message>
    <message>
        <source>What the client said, in their words</source>
        <translation>What the client said, in their words</translation>
    </message>
    <message>
        <source>The client&apos;s request</source>
        <translation>The client&apos;s request</translation>
    </message>
    <message>
        <source>The written risk warning was given and signed</source>
        <translation>The written risk warning was given and signed</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>The supervisor who approved it</source>
        <translation>The supervisor who approved it</translation>
    </message>
    <message>
        <source>Client&apos;s request</source>
        <translation>Client&apos;s request</translation>
    </message>
    <message>
        <source>Record the exception</source>
        <translation>Record the exception</translation>
    </message>
    <message>
        <source>Write down the client&apos;s request in their own words.</source>
        <translation>Write down the client&apos;s request in their own words.</translation>
    </message>
    <message>
        <source>Name the supervisor who approved it.</source>
        <translation>Name the supervisor who approved it.</translation>
    </message>
    <message>
        <source>The special written risk warning must be given first.</source>
        <translation>The special written risk warning must be given first.</translation>
    </message>
    <message>
        <source>The product is suitable: no exception is needed.</source>
        <translation>The product is suitable: no exception is needed.</translation>
    </message>
    <message>
        <source>No exception may be recorded: %1</source>
        <translation>No exception may be recorded: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>This book: tier names</source>
        <translation>This book: tier names</translation>
    </message>
    <message>
        <source>Name of tier %1</source>
        <translation>Name of tier %1</translation>
    </message>
    <message>
        <source>This book: meeting playbook</source>
        <translation>This book: meeting playbook</translation>
    </message>
    <message>
        <source>Use the bank&apos;s own playbook file…</source>
        <translation>Use the bank&apos;s own playbook file…</translation>
    </message>
    <message>
        <source>Use the default playbook</source>
        <translation>Use the default playbook</translation>
    </message>
    <message>
        <source>This book: protection</source>
        <translation>This book: protection</translation>
    </message>
    <message>
        <source>A passphrase encrypts the whole book and its backups; the book locks after 5 minutes without use.</source>
        <translation>A passphrase encrypts the whole book and its backups; the book locks after 5 minutes without use.</translation>
    </message>
    <message>
        <source>Encryption and passphrase…</source>
        <translation>Encryption and passphrase…</translation>
    </message>
    <message>
        <source>This book: products</source>
        <translation>This book: products</translation>
    </message>
    <message>
        <source>The products you offer and their risk levels, kept by hand or imported from the bank&apos;s list; meeting plans check them against each client&apos;s assessment.</source>
        <translation>The products you offer and their risk levels, kept by hand or imported from the bank&apos;s list; meeting plans check them against each client&apos;s assessment.</translation>
    </message>
    <message>
        <source>Product catalogue…</source>
        <translation>Product catalogue…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Meetings follow: %1</source>
        <translation>Meetings follow: %1</translation>
    </message>
    <message>
        <source>Meetings follow the default playbook, built from the training outline.</source>
        <translation>Meetings follow the default playbook, built from the training outline.</translation>
    </message>
    <message>
        <source>Choose a playbook</source>
        <translation>Choose a playbook</translation>
    </message>
    <message>
        <source>Playbook (*.toml)</source>
        <translation>Playbook (*.toml)</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>1  Prepare</source>
        <translation>1  Prepare</translation>
    </message>
    <message>
        <source>2  Meet</source>
        <translation>2  Meet</translation>
    </message>
    <message>
        <source>3  Wrap-up</source>
        <translation>3  Wrap-up</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Checking for new follow-ups…</source>
        <translation>Checking for new follow-ups…</translation>
    </message>
    <message>
        <source>Check for new</source>
        <translation>Check for new</translation>
    </message>
    <message>
        <source>Look for maturities, birthdays and clients due for a contact</source>
        <translation>Look for maturities, birthdays and clients due for a contact</translation>
    </message>
    <message>
        <source>Check for new follow-ups</source>
        <translation>Check for new follow-ups</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Prepare the next meeting</source>
        <translation>Prepare the next meeting</translation>
    </message>
    <message>
        <source>Follow-ups and meetings</source>
        <translation>Follow-ups and meetings</translation>
    </message>
    <message>
        <source>Nothing is due this week. A good moment to call a client you miss.</source>
        <translation>Nothing is due this week. A good moment to call a client you miss.</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>Add a follow-up</translation>
    </message>
    <message>
        <source>Loading them all…</source>
        <translation>Loading them all…</translation>
    </message>
    <message>
        <source>Nothing new: everything due is already listed.</source>
        <translation>Nothing new: everything due is already listed.</translation>
    </message>
    <message numerus="yes">
        <source>%n new follow-up(s) added.</source>
        <translation>
            <numerusform>%n new follow-up added.</numerusform>
            <numerusform>%n new follow-ups added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln older overdue item(s) not shown · Show all</source>
        <translation>
            <numerusform>%Ln older overdue item not shown · Show all</numerusform>
            <numerusform>%Ln older overdue items not shown · Show all</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else due today.</source>
        <translation>Nothing else due today.</translation>
    </message>
    <message>
        <source>Nothing planned for the next seven days.</source>
        <translation>Nothing planned for the next seven days.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more item(s) this week not shown · Show all</source>
        <translation>
            <numerusform>%Ln more item this week not shown · Show all</numerusform>
            <numerusform>%Ln more items this week not shown · Show all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln item overdue</numerusform>
            <numerusform>%Ln items overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln item due today</numerusform>
            <numerusform>%Ln items due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln this week</source>
        <translation>
            <numerusform>%Ln item this week</numerusform>
            <numerusform>%Ln items this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting planned</source>
        <translation>No meeting planned</translation>
    </message>
    <message>
        <source>Plan one from a client&apos;s page.</source>
        <translation>Plan one from a client&apos;s page.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the book</source>
        <translation>Unlock the book</translation>
    </message>
    <message>
        <source>The book “%1” is encrypted. Enter its passphrase to open it.</source>
        <translation>The book “%1” is encrypted. Enter its passphrase to open it.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>That passphrase does not open this book. Check it and try again.</source>
        <translation>That passphrase does not open this book. Check it and try again.</translation>
    </message>
</context>
<context>
    <name>ValueGrid</name>
    <message>
        <source>Value and loyalty</source>
        <translation>Value and loyalty</translation>
    </message>
    <message>
        <source>High
value</source>
        <translation>High
value</translation>
    </message>
    <message>
        <source>Lower
value</source>
        <translation>Lower
value</translation>
    </message>
    <message>
        <source>Low loyalty</source>
        <translation>Low loyalty</translation>
    </message>
    <message>
        <source>High loyalty</source>
        <translation>High loyalty</translation>
    </message>
    <message numerus="yes">
        <source>%n active client(s); hover a cell for what to do</source>
        <translation>
            <numerusform>%n active client; hover a cell for what to do</numerusform>
            <numerusform>%n active clients; hover a cell for what to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to RM Coach</source>
        <translation>Welcome to RM Coach</translation>
    </message>
    <message>
        <source>Your client book is empty. Add your first client, or open a sample book of 300 made-up clients to look around first. The sample is a separate file: nothing of it enters your own book.</source>
        <translation>Your client book is empty. Add your first client, or open a sample book of 300 made-up clients to look around first. The sample is a separate file: nothing of it enters your own book.</translation>
    </message>
    <message>
        <source>Add my first client</source>
        <translation>Add my first client</translation>
    </message>
    <message>
        <source>Open a sample book</source>
        <translation>Open a sample book</translation>
    </message>
    <message>
        <source>Protect it with a passphrase…</source>
        <translation>Protect it with a passphrase…</translation>
    </message>
    <message>
        <source>Encrypt this book with a passphrase</source>
        <translation>Encrypt this book with a passphrase</translation>
    </message>
    <message>
        <source>Your book holds clients&apos; personal data. A passphrase encrypts it on this computer and in its backups.</source>
        <translation>Your book holds clients&apos; personal data. A passphrase encrypts it on this computer and in its backups.</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Import clients from Excel</source>
        <translation>Import clients from Excel</translation>
    </message>
</context>
<context>
    <name>WrapUpView</name>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>The client&apos;s real intent</source>
        <translation>The client&apos;s real intent</translation>
    </message>
    <message>
        <source>What was agreed, in a few lines</source>
        <translation>What was agreed, in a few lines</translation>
    </message>
    <message>
        <source>Client satisfaction</source>
        <translation>Client satisfaction</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <source>Next contact on</source>
        <translation>Next contact on</translation>
    </message>
    <message>
        <source>Finish and save the record</source>
        <translation>Finish and save the record</translation>
    </message>
    <message>
        <source>Real intent</source>
        <translation>Real intent</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>How it went</translation>
    </message>
    <message>
        <source>Your own rating of each phase</source>
        <translation>Your own rating of each phase</translation>
    </message>
    <message>
        <source>Suggested from open objections and promised material: untick what you don&apos;t need.</source>
        <translation>Suggested from open objections and promised material: untick what you don&apos;t need.</translation>
    </message>
    <message>
        <source>The sale cannot be marked as made:</source>
        <translation>The sale cannot be marked as made:</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Say what is to be done.</translation>
    </message>
    <message>
        <source>Give a due date, e.g. 2026-12-01.</source>
        <translation>Give a due date, e.g. 2026-12-01.</translation>
    </message>
    <message>
        <source>Some follow-ups need a title or a due date.</source>
        <translation>Some follow-ups need a title or a due date.</translation>
    </message>
</context>
<context>
    <name>coach</name>
    <message>
        <source>First visit (acquisition)</source>
        <translation>First visit (acquisition)</translation>
    </message>
    <message>
        <source>Regular review (retention)</source>
        <translation>Regular review (retention)</translation>
    </message>
    <message>
        <source>Product presentation</source>
        <translation>Product presentation</translation>
    </message>
    <message>
        <source>Maturity reinvestment</source>
        <translation>Maturity reinvestment</translation>
    </message>
    <message>
        <source>Complaint and service recovery</source>
        <translation>Complaint and service recovery</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open questions</translation>
    </message>
    <message>
        <source>Closed questions</source>
        <translation>Closed questions</translation>
    </message>
    <message>
        <source>Guided questions</source>
        <translation>Guided questions</translation>
    </message>
    <message>
        <source>asked directly</source>
        <translation>asked directly</translation>
    </message>
    <message>
        <source>asked tactfully</source>
        <translation>asked tactfully</translation>
    </message>
    <message>
        <source>Agreed to go ahead</source>
        <translation>Agreed to go ahead</translation>
    </message>
    <message>
        <source>Interested, thinking it over</source>
        <translation>Interested, thinking it over</translation>
    </message>
    <message>
        <source>Needs a follow-up</source>
        <translation>Needs a follow-up</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Relationship visit, no sale meant</source>
        <translation>Relationship visit, no sale meant</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Send material</source>
        <translation>Send material</translation>
    </message>
    <message>
        <source>Product maturity</source>
        <translation>Product maturity</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>Birthday greeting</translation>
    </message>
    <message>
        <source>Service review</source>
        <translation>Service review</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>Develop</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>Grow</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Maintain</translation>
    </message>
    <message>
        <source>High value, high loyalty</source>
        <translation>High value, high loyalty</translation>
    </message>
    <message>
        <source>High value, low loyalty</source>
        <translation>High value, low loyalty</translation>
    </message>
    <message>
        <source>Lower value, high loyalty</source>
        <translation>Lower value, high loyalty</translation>
    </message>
    <message>
        <source>Lower value, low loyalty</source>
        <translation>Lower value, low loyalty</translation>
    </message>
    <message>
        <source>Keep them close: your best terms and regular reviews.</source>
        <translation>Keep them close: your best terms and regular reviews.</translation>
    </message>
    <message>
        <source>Deepen the relationship before they drift: reviews, not discounts.</source>
        <translation>Deepen the relationship before they drift: reviews, not discounts.</translation>
    </message>
    <message>
        <source>Loyal already: help them bring more of their business to the bank.</source>
        <translation>Loyal already: help them bring more of their business to the bank.</translation>
    </message>
    <message>
        <source>Standard service, at a sensible cost of your time.</source>
        <translation>Standard service, at a sensible cost of your time.</translation>
    </message>
    <message>
        <source>Fee discount %1%</source>
        <translation>Fee discount %1%</translation>
    </message>
    <message>
        <source>Fee discount %1–%2%</source>
        <translation>Fee discount %1–%2%</translation>
    </message>
    <message>
        <source>Money maturing</source>
        <translation>Money maturing</translation>
    </message>
    <message>
        <source>Assets falling</source>
        <translation>Assets falling</translation>
    </message>
    <message>
        <source>Satisfaction falling</source>
        <translation>Satisfaction falling</translation>
    </message>
    <message>
        <source>Overdue for contact</source>
        <translation>Overdue for contact</translation>
    </message>
    <message numerus="yes">
        <source>%1 matures on %2 (in %n day(s))</source>
        <translation>
            <numerusform>%1 matures on %2 (in %n day)</numerusform>
            <numerusform>%1 matures on %2 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %3 products, the first on %2 (in %n day(s))</source>
        <translation>
            <numerusform>%1 in %3 products, the first on %2 (in %n day)</numerusform>
            <numerusform>%1 in %3 products, the first on %2 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Down %1% since %2: %3 → %4</source>
        <translation>Down %1% since %2: %3 → %4</translation>
    </message>
    <message>
        <source>Last rating %1 of 5; %2 on average before</source>
        <translation>Last rating %1 of 5; %2 on average before</translation>
    </message>
    <message numerus="yes">
        <source>Last contact %1; every %2 days; %n day(s) overdue</source>
        <translation>
            <numerusform>Last contact %1; every %2 days; %n day overdue</numerusform>
            <numerusform>Last contact %1; every %2 days; %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not contacted yet; every %2 days; %n day(s) overdue</source>
        <translation>
            <numerusform>Not contacted yet; every %2 days; %n day overdue</numerusform>
            <numerusform>Not contacted yet; every %2 days; %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Promises certainty</source>
        <translation>Promises certainty</translation>
    </message>
    <message>
        <source>Commits too much</source>
        <translation>Commits too much</translation>
    </message>
    <message>
        <source>Banking jargon</source>
        <translation>Banking jargon</translation>
    </message>
    <message>
        <source>“I” where “we” fits</source>
        <translation>“I” where “we” fits</translation>
    </message>
    <message>
        <source>Puts on pressure</source>
        <translation>Puts on pressure</translation>
    </message>
    <message>
        <source>Promises returns</source>
        <translation>Promises returns</translation>
    </message>
    <message>
        <source>States an expected return</source>
        <translation>States an expected return</translation>
    </message>
    <message>
        <source>Likens it to a deposit</source>
        <translation>Likens it to a deposit</translation>
    </message>
    <message>
        <source>Quotes past performance</source>
        <translation>Quotes past performance</translation>
    </message>
    <message>
        <source>Implies it is safe</source>
        <translation>Implies it is safe</translation>
    </message>
    <message>
        <source>Advice without suitability</source>
        <translation>Advice without suitability</translation>
    </message>
    <message>
        <source>Personal data in notes</source>
        <translation>Personal data in notes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How the scores are made&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;How the scores are made&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every client gets three scores from 0 to 100, worked out from your own book each time you open this page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Every client gets three scores from 0 to 100, worked out from your own book each time you open this page.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Contribution&lt;/b&gt;: what the client brings to the bank. Up to 60 points for assets (20 for each tenfold above ¥10,000, so ¥100,000 gives 20 and ¥10 million gives 60), 5 for each kind of product held (up to 25) and 3 for each full year as a client (up to 15).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Contribution&lt;/b&gt;: what the client brings to the bank. Up to 60 points for assets (20 for each tenfold above ¥10,000, so ¥100,000 gives 20 and ¥10 million gives 60), 5 for each kind of product held (up to 25) and 3 for each full year as a client (up to 15).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Loyalty&lt;/b&gt;: whether the client stays and comes back. 5 points for each full year (up to 25), 5 for each product held (up to 20), up to 30 for reinvesting what matured in the past year (a new product or an agreement in a maturity meeting within 30 days; half marks when nothing matured), and up to 25 for answering your contact: 15 for the share of follow-ups done (half marks when none were due) and 5 for each meeting, up to 2. Years alone give at most a quarter: habit is not loyalty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Loyalty&lt;/b&gt;: whether the client stays and comes back. 5 points for each full year (up to 25), 5 for each product held (up to 20), up to 30 for reinvesting what matured in the past year (a new product or an agreement in a maturity meeting within 30 days; half marks when nothing matured), and up to 25 for answering your contact: 15 for the share of follow-ups done (half marks when none were due) and 5 for each meeting, up to 2. Years alone give at most a quarter: habit is not loyalty.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Satisfaction&lt;/b&gt;: how the client rated your meetings (1 to 5) in the past year, or the last rating if older, turned into 0 to 100. Satisfaction alone does not keep a client: loyalty does.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Satisfaction&lt;/b&gt;: how the client rated your meetings (1 to 5) in the past year, or the last rating if older, turned into 0 to 100. Satisfaction alone does not keep a client: loyalty does.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The grid&lt;/b&gt;: from 50 points a client counts as of high value or of high loyalty. &lt;b&gt;Retain&lt;/b&gt; the high-value loyal clients with your best terms; &lt;b&gt;develop&lt;/b&gt; the high-value clients who are not yet loyal; &lt;b&gt;grow&lt;/b&gt; the loyal clients of lower value; &lt;b&gt;maintain&lt;/b&gt; the rest with standard service. The fee-discount range of each cell is a book setting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The grid&lt;/b&gt;: from 50 points a client counts as of high value or of high loyalty. &lt;b&gt;Retain&lt;/b&gt; the high-value loyal clients with your best terms; &lt;b&gt;develop&lt;/b&gt; the high-value clients who are not yet loyal; &lt;b&gt;grow&lt;/b&gt; the loyal clients of lower value; &lt;b&gt;maintain&lt;/b&gt; the rest with standard service. The fee-discount range of each cell is a book setting.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Retention radar&lt;/b&gt;: money maturing in the next 30 days; assets down 10% or more on 90 days before; a last rating at least 1 below the client&apos;s earlier average; and high-value clients not contacted within their tier&apos;s contact cadence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Retention radar&lt;/b&gt;: money maturing in the next 30 days; assets down 10% or more on 90 days before; a last rating at least 1 below the client&apos;s earlier average; and high-value clients not contacted within their tier&apos;s contact cadence.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Wealth</source>
        <translation>Wealth</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Mass</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>At the branch</source>
        <translation>At the branch</translation>
    </message>
    <message>
        <source>Direct: point first, decides fast</source>
        <translation>Direct: point first, decides fast</translation>
    </message>
    <message>
        <source>Analytical: wants figures, decides slowly</source>
        <translation>Analytical: wants figures, decides slowly</translation>
    </message>
    <message>
        <source>Amiable: relationship first, dislikes pressure</source>
        <translation>Amiable: relationship first, dislikes pressure</translation>
    </message>
    <message>
        <source>Expressive: talkative, enjoys ideas</source>
        <translation>Expressive: talkative, enjoys ideas</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Wealth product</source>
        <translation>Wealth product</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Structured deposit</source>
        <translation>Structured deposit</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>Bond</translation>
    </message>
    <message>
        <source>Precious metal</source>
        <translation>Precious metal</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Enter a Chinese or an English name.</source>
        <translation>Enter a Chinese or an English name.</translation>
    </message>
    <message>
        <source>Not a phone number: a mobile has 11 digits, a landline needs its area code, a foreign number starts with +.</source>
        <translation>Not a phone number: a mobile has 11 digits, a landline needs its area code, a foreign number starts with +.</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.com).</source>
        <translation>Not an e-mail address (name@example.com).</translation>
    </message>
    <message>
        <source>Not a date. Type it as 2024-03-05, 2024/3/5 or 2024年3月5日.</source>
        <translation>Not a date. Type it as 2024-03-05, 2024/3/5 or 2024年3月5日.</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>This date cannot be in the future.</translation>
    </message>
    <message>
        <source>This date is before 1900.</source>
        <translation>This date is before 1900.</translation>
    </message>
    <message>
        <source>Not an amount. Type it as 1,250,000 or 125万.</source>
        <translation>Not an amount. Type it as 1,250,000 or 125万.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>Use only letters, digits and - _ / in a client number.</source>
        <translation>Use only letters, digits and - _ / in a client number.</translation>
    </message>
    <message>
        <source>Client number %1 already belongs to another client.</source>
        <translation>Client number %1 already belongs to another client.</translation>
    </message>
    <message>
        <source>The maturity date is before the start date.</source>
        <translation>The maturity date is before the start date.</translation>
    </message>
    <message>
        <source>Give the product a name.</source>
        <translation>Give the product a name.</translation>
    </message>
    <message>
        <source>Give the household member a name.</source>
        <translation>Give the household member a name.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Contains a control character (such as NUL) that text cannot hold.</source>
        <translation>Contains a control character (such as NUL) that text cannot hold.</translation>
    </message>
    <message>
        <source>A client cannot refer themselves.</source>
        <translation>A client cannot refer themselves.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>This cannot be empty.</translation>
    </message>
    <message>
        <source>A meeting cannot move to another client.</source>
        <translation>A meeting cannot move to another client.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and %1 minutes.</source>
        <translation>The duration must be between 1 and %1 minutes.</translation>
    </message>
    <message>
        <source>The time needs a time zone.</source>
        <translation>The time needs a time zone.</translation>
    </message>
    <message>
        <source>This is not an item of the playbook.</source>
        <translation>This is not an item of the playbook.</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>Satisfaction is rated from 1 to 5.</translation>
    </message>
    <message>
        <source>Ratings go from 1 to 5.</source>
        <translation>Ratings go from 1 to 5.</translation>
    </message>
    <message>
        <source>%1 is not a phase of the meeting.</source>
        <translation>%1 is not a phase of the meeting.</translation>
    </message>
    <message>
        <source>%1 is rated twice.</source>
        <translation>%1 is rated twice.</translation>
    </message>
    <message>
        <source>Give the follow-up a due date.</source>
        <translation>Give the follow-up a due date.</translation>
    </message>
    <message>
        <source>This date cannot be before today.</source>
        <translation>This date cannot be before today.</translation>
    </message>
    <message>
        <source>A follow-up from this meeting must be for the meeting&apos;s client.</source>
        <translation>A follow-up from this meeting must be for the meeting&apos;s client.</translation>
    </message>
    <message>
        <source>Say what the client consented to, as on the form.</source>
        <translation>Say what the client consented to, as on the form.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on %1.</source>
        <translation>This consent was already withdrawn on %1.</translation>
    </message>
    <message>
        <source>This is before the day the consent was given (%1).</source>
        <translation>This is before the day the consent was given (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The file is larger than 256 MB. Split it into parts.</source>
        <translation>The file is larger than 256 MB. Split it into parts.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. In Excel, save it as “CSV UTF-8”.</source>
        <translation>The file is neither UTF-8 nor GB18030 text. In Excel, save it as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
    <message>
        <source>This is not a CSV file (line %1).</source>
        <translation>This is not a CSV file (line %1).</translation>
    </message>
    <message>
        <source>The file has no name column. Name one column 姓名 (or name, 中文名, 英文名).</source>
        <translation>The file has no name column. Name one column 姓名 (or name, 中文名, 英文名).</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” mean the same thing. Keep one of them.</source>
        <translation>The columns “%1” and “%2” mean the same thing. Keep one of them.</translation>
    </message>
    <message>
        <source>This book was saved by a newer version of RM Coach. Update the app to open it; the book has not been changed.</source>
        <translation>This book was saved by a newer version of RM Coach. Update the app to open it; the book has not been changed.</translation>
    </message>
    <message>
        <source>The book is damaged. Restore it from a backup.</source>
        <translation>The book is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>This file is not an RM Coach book. Choose another file.</source>
        <translation>This file is not an RM Coach book. Choose another file.</translation>
    </message>
    <message>
        <source>The book cannot be written. Check the file&apos;s permissions and folder.</source>
        <translation>The book cannot be written. Check the file&apos;s permissions and folder.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>The disk is full. Free some space, then try again.</translation>
    </message>
    <message>
        <source>The book is in use by another program. Close it and try again.</source>
        <translation>The book is in use by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>This book is encrypted. Enter its passphrase to open it.</source>
        <translation>This book is encrypted. Enter its passphrase to open it.</translation>
    </message>
    <message>
        <source>That passphrase does not open this book.</source>
        <translation>That passphrase does not open this book.</translation>
    </message>
    <message>
        <source>No usable backup of this book was found.</source>
        <translation>No usable backup of this book was found.</translation>
    </message>
    <message>
        <source>The book could not be upgraded to this version. It has been left as it was.</source>
        <translation>The book could not be upgraded to this version. It has been left as it was.</translation>
    </message>
    <message>
        <source>The book could not be opened.</source>
        <translation>The book could not be opened.</translation>
    </message>
</context>
<context>
    <name>products</name>
    <message>
        <source>Public wealth product</source>
        <translation>Public wealth product</translation>
    </message>
    <message>
        <source>Private wealth product</source>
        <translation>Private wealth product</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Structured deposit</source>
        <translation>Structured deposit</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>Bond</translation>
    </message>
    <message>
        <source>Precious metal</source>
        <translation>Precious metal</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium-low</source>
        <translation>medium-low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>medium-high</source>
        <translation>medium-high</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>Give the product its code, as the bank lists it.</source>
        <translation>Give the product its code, as the bank lists it.</translation>
    </message>
    <message>
        <source>Use only letters, digits and - _ . / in a product code.</source>
        <translation>Use only letters, digits and - _ . / in a product code.</translation>
    </message>
    <message>
        <source>Code %1 already belongs to another product.</source>
        <translation>Code %1 already belongs to another product.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”. Use 公募理财, 私募理财, 基金, 保险, 结构性存款, 债券 or 贵金属 (or wealth_public, fund ...).</source>
        <translation>Unknown kind “%1”. Use 公募理财, 私募理财, 基金, 保险, 结构性存款, 债券 or 贵金属 (or wealth_public, fund ...).</translation>
    </message>
    <message>
        <source>Choose the risk level the bank gave this product.</source>
        <translation>Choose the risk level the bank gave this product.</translation>
    </message>
    <message>
        <source>Unknown risk level “%1”. Use R1 to R5.</source>
        <translation>Unknown risk level “%1”. Use R1 to R5.</translation>
    </message>
    <message>
        <source>The file needs a code column and a name column. Name them 产品代码 and 产品名称 (or code and name).</source>
        <translation>The file needs a code column and a name column. Name them 产品代码 and 产品名称 (or code and name).</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>A direct communicator: closed questions, straight to the point</source>
        <translation>A direct communicator: closed questions, straight to the point</translation>
    </message>
    <message>
        <source>An analytical client: guided questions backed by facts and figures, asked directly</source>
        <translation>An analytical client: guided questions backed by facts and figures, asked directly</translation>
    </message>
    <message>
        <source>An amiable client: open questions asked tactfully, relationship first, no pressure</source>
        <translation>An amiable client: open questions asked tactfully, relationship first, no pressure</translation>
    </message>
    <message>
        <source>An expressive client: open questions to let them talk, then guided ones to bring the talk back to the point</source>
        <translation>An expressive client: open questions to let them talk, then guided ones to bring the talk back to the point</translation>
    </message>
    <message>
        <source>No communication style on record: start open and tactful, and note how the client responds</source>
        <translation>No communication style on record: start open and tactful, and note how the client responds</translation>
    </message>
    <message>
        <source>Works as {occupation}: likely to value facts, so guide the questions with figures</source>
        <translation>Works as {occupation}: likely to value facts, so guide the questions with figures</translation>
    </message>
    <message>
        <source>A product presentation: guide the questions toward whether the product fits</source>
        <translation>A product presentation: guide the questions toward whether the product fits</translation>
    </message>
    <message>
        <source>Money is maturing: guide the questions toward what the client wants to do with it</source>
        <translation>Money is maturing: guide the questions toward what the client wants to do with it</translation>
    </message>
    <message>
        <source>A first visit: open questions and a tactful approach let a new client talk and build trust</source>
        <translation>A first visit: open questions and a tactful approach let a new client talk and build trust</translation>
    </message>
    <message>
        <source>A complaint to recover from: listen first, ask open questions tactfully, do not argue or sell</source>
        <translation>A complaint to recover from: listen first, ask open questions tactfully, do not argue or sell</translation>
    </message>
    <message>
        <source>Noted as &apos;{keyword}&apos;: ask tactfully and give the client time to answer</source>
        <translation>Noted as &apos;{keyword}&apos;: ask tactfully and give the client time to answer</translation>
    </message>
    <message>
        <source>The client is {age}: ask tactfully, one question at a time, and confirm they understood</source>
        <translation>The client is {age}: ask tactfully, one question at a time, and confirm they understood</translation>
    </message>
    <message>
        <source>Birthday on {date}, in {days} day(s): a warm opener</source>
        <translation>Birthday on {date}, in {days} day(s): a warm opener</translation>
    </message>
    <message>
        <source>{relation} {name} has a birthday on {date}, in {days} day(s)</source>
        <translation>{relation} {name} has a birthday on {date}, in {days} day(s)</translation>
    </message>
    <message>
        <source>Interested in {interest}</source>
        <translation>Interested in {interest}</translation>
    </message>
    <message>
        <source>Has a child ({relation} {name}): ask about their studies and plans</source>
        <translation>Has a child ({relation} {name}): ask about their studies and plans</translation>
    </message>
    <message>
        <source>Works as {occupation}: ask how work is going</source>
        <translation>Works as {occupation}: ask how work is going</translation>
    </message>
    <message>
        <source>Last contact on {date} ({days} day(s) ago): {summary}</source>
        <translation>Last contact on {date} ({days} day(s) ago): {summary}</translation>
    </message>
    <message>
        <source>No contact for {days} days, since {date}: ask what has changed</source>
        <translation>No contact for {days} days, since {date}: ask what has changed</translation>
    </message>
    <message>
        <source>{product} matures on {date}, in {days} day(s): ask about plans for it</source>
        <translation>{product} matures on {date}, in {days} day(s): ask about plans for it</translation>
    </message>
    <message>
        <source>The client&apos;s concern: {concern}. Acknowledge it early</source>
        <translation>The client&apos;s concern: {concern}. Acknowledge it early</translation>
    </message>
    <message>
        <source>{product_risk} is within the client&apos;s {risk_profile} profile</source>
        <translation>{product_risk} is within the client&apos;s {risk_profile} profile</translation>
    </message>
    <message>
        <source>{product_risk} is riskier than the client&apos;s {risk_profile} profile: do not recommend it</source>
        <translation>{product_risk} is riskier than the client&apos;s {risk_profile} profile: do not recommend it</translation>
    </message>
    <message>
        <source>The client has no risk assessment on record: assess before presenting investments</source>
        <translation>The client has no risk assessment on record: assess before presenting investments</translation>
    </message>
    <message>
        <source>The product has no risk rating: check it before presenting</source>
        <translation>The product has no risk rating: check it before presenting</translation>
    </message>
    <message>
        <source>Deposits and loans need no risk match</source>
        <translation>Deposits and loans need no risk match</translation>
    </message>
</context>
</TS>
