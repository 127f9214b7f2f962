<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ClientDetail</name>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="75" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="77" />
        <source>Log contact</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="78" />
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="79" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="80" />
        <location filename="../../ui/widgets/client_detail.py" line="226" />
        <source>Show contact details</source>
        <translation>Show contact details</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="84" />
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="85" />
        <source>Log a contact with the client</source>
        <translation>Log a contact with the client</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="86" />
        <source>Archive client</source>
        <translation>Archive client</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="87" />
        <source>Restore client</source>
        <translation>Restore client</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="88" />
        <source>Show or hide full contact details</source>
        <translation>Show or hide full contact details</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="124" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="128" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="129" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="130" />
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="131" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="132" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="133" />
        <source>Maturity</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="139" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="140" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="141" />
        <location filename="../../ui/widgets/client_detail.py" line="258" />
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="142" />
        <location filename="../../ui/widgets/client_detail.py" line="275" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="148" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="149" />
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="150" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="154" />
        <location filename="../../ui/widgets/client_detail.py" line="157" />
        <source>Holdings</source>
        <translation>Holdings</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="155" />
        <location filename="../../ui/widgets/client_detail.py" line="158" />
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="156" />
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="159" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="161" />
        <source>Select a client to see the profile.</source>
        <translation>Select a client to see the profile.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="218" />
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="226" />
        <source>Hide contact details</source>
        <translation>Hide contact details</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="245" />
        <source>(lunar)</source>
        <translation>(lunar)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="247" />
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="248" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="249" />
        <source>Other phone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="250" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="251" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="253" />
        <source>Preferred channel</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="256" />
        <source>Best time to call</source>
        <translation>Best time to call</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="257" />
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="259" />
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="260" />
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="261" />
        <source>Personality</source>
        <translation>Personality</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="263" />
        <source>Communication style</source>
        <translation>Communication style</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="266" />
        <source>Habits</source>
        <translation>Habits</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="267" />
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="268" />
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="269" />
        <source>Mindset</source>
        <translation>Mindset</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="270" />
        <source>Client since</source>
        <translation>Client since</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="271" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="272" />
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="273" />
        <source>Clients referred</source>
        <translation>Clients referred</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="274" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="284" />
        <source>Nothing recorded yet. Press Edit to fill in the profile.</source>
        <translation>Nothing recorded yet. Press Edit to fill in the profile.</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="95" />
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="95" />
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="118" />
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="124" />
        <source>e.g. 1975-03-05 or 1975年3月5日</source>
        <translation>e.g. 1975-03-05 or 1975年3月5日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="127" />
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="127" />
        <source>e.g. 张伟</source>
        <translation>e.g. 张伟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="128" />
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="128" />
        <source>e.g. Wei Zhang</source>
        <translation>e.g. Wei Zhang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="130" />
        <source>Client number</source>
        <translation>Client number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="131" />
        <source>from the core-banking system</source>
        <translation>from the core-banking system</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="133" />
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="134" />
        <location filename="../../ui/dialogs/client_editor.py" line="201" />
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="137" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="141" />
        <source>Risk profile</source>
        <translation>Risk profile</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="144" />
        <source>Assets (yuan)</source>
        <translation>Assets (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="144" />
        <source>e.g. 1,250,000 or 125万</source>
        <translation>e.g. 1,250,000 or 125万</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="145" />
        <source>Client since</source>
        <translation>Client since</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="150" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="150" />
        <source>e.g. 138 0013 8000</source>
        <translation>e.g. 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="151" />
        <source>Other phone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="151" />
        <source>e.g. 021-6888 8888</source>
        <translation>e.g. 021-6888 8888</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="152" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="153" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="155" />
        <source>Preferred channel</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="159" />
        <source>Best time to call</source>
        <translation>Best time to call</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="160" />
        <source>e.g. weekdays after 6 pm</source>
        <translation>e.g. weekdays after 6 pm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="166" />
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="167" />
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="168" />
        <source>Personality</source>
        <translation>Personality</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="170" />
        <source>Communication style</source>
        <translation>Communication style</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="177" />
        <source>Habits</source>
        <translation>Habits</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="178" />
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="178" />
        <location filename="../../ui/dialogs/client_editor.py" line="181" />
        <source>separate with commas or semicolons</source>
        <translation>separate with commas or semicolons</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="179" />
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="180" />
        <source>Mindset</source>
        <translation>Mindset</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="181" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="182" />
        <location filename="../../ui/dialogs/client_editor.py" line="201" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="187" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="188" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="189" />
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="190" />
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="191" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="192" />
        <source>Maturity</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="201" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="201" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="204" />
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="205" />
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="208" />
        <source>Basics</source>
        <translation>Basics</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="209" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="210" />
        <source>About the client</source>
        <translation>About the client</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="211" />
        <source>Holdings</source>
        <translation>Holdings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="212" />
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="222" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="224" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="238" />
        <source>Celebrates the lunar birthday</source>
        <translation>Celebrates the lunar birthday</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="271" />
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/client_editor.py" line="514" />
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%n problem to fix before saving.</numerusform>
            <numerusform>%n problems to fix before saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../ui/models/client_list_model.py" line="32" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list_model.py" line="33" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list_model.py" line="34" />
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list_model.py" line="35" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list_model.py" line="36" />
        <source>Next maturity</source>
        <translation>Next maturity</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="62" />
        <source>Filter by tier</source>
        <translation>Filter by tier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="63" />
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="67" />
        <source>Filter by risk profile</source>
        <translation>Filter by risk profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="68" />
        <source>All risk profiles</source>
        <translation>All risk profiles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="72" />
        <source>Filter by last contact</source>
        <translation>Filter by last contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="75" />
        <source>Any last contact</source>
        <translation>Any last contact</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/clients_page.py" line="77" />
        <source>Not contacted for %n day(s)</source>
        <translation>
            <numerusform>Not contacted for %n day</numerusform>
            <numerusform>Not contacted for %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="81" />
        <source>Active or archived clients</source>
        <translation>Active or archived clients</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="82" />
        <source>Active clients</source>
        <translation>Active clients</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="83" />
        <source>Archived clients</source>
        <translation>Archived clients</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="110" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="133" />
        <source>No client matches. Clear the search or the filters.</source>
        <translation>No client matches. Clear the search or the filters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/clients_page.py" line="220" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="283" />
        <source>Added %1</source>
        <translation>Added %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="297" />
        <source>Edited %1</source>
        <translation>Edited %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="316" />
        <source>Archived %1</source>
        <translation>Archived %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="319" />
        <source>%1 archived. Press Ctrl+Z to undo.</source>
        <translation>%1 archived. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="331" />
        <source>Restored %1</source>
        <translation>Restored %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="334" />
        <source>%1 restored.</source>
        <translation>%1 restored.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="345" />
        <location filename="../../ui/pages/clients_page.py" line="350" />
        <source>Log contact</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="345" />
        <source>How did you reach the client?</source>
        <translation>How did you reach the client?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="350" />
        <source>What was said?</source>
        <translation>What was said?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="367" />
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="372" />
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="69" />
        <source>Find a client: name, pinyin (zs), phone or client number (Ctrl+F)</source>
        <translation>Find a client: name, pinyin (zs), phone or client number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71" />
        <source>Find a client</source>
        <translation>Find a client</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76" />
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79" />
        <source>Add a client (Ctrl+N)</source>
        <translation>Add a client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>Opening the book…</source>
        <translation>Opening the book…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <location filename="../../ui/main_window.py" line="114" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>No book is open.</source>
        <translation>No book is open.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>Creating the sample book…</source>
        <translation>Creating the sample book…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>Sample book</source>
        <translation>Sample book</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283" />
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297" />
        <source>Something went wrong and the last action was not completed. Nothing was lost. Details: %1</source>
        <translation>Something went wrong and the last action was not completed. Nothing was lost. Details: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>RM Coach</source>
        <translation>RM Coach</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="31" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="34" />
        <location filename="../../ui/dialogs/settings_dialog.py" line="49" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="36" />
        <location filename="../../ui/dialogs/settings_dialog.py" line="43" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="41" />
        <location filename="../../ui/dialogs/settings_dialog.py" line="50" />
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="43" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="43" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="47" />
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="52" />
        <source>This book: tier names</source>
        <translation>This book: tier names</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="58" />
        <source>Name of tier %1</source>
        <translation>Name of tier %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="65" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="66" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/widgets/welcome.py" line="23" />
        <source>Welcome to RM Coach</source>
        <translation>Welcome to RM Coach</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/welcome.py" line="27" />
        <source>Your client book is empty. Add your first client, or open a sample book of 300 made-up clients to look around first. The sample is a separate file: nothing of it enters your own book.</source>
        <translation>Your client book is empty. Add your first client, or open a sample book of 300 made-up clients to look around first. The sample is a separate file: nothing of it enters your own book.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/welcome.py" line="33" />
        <location filename="../../ui/widgets/welcome.py" line="35" />
        <source>Add my first client</source>
        <translation>Add my first client</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/welcome.py" line="36" />
        <location filename="../../ui/widgets/welcome.py" line="37" />
        <source>Open a sample book</source>
        <translation>Open a sample book</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="49" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="52" />
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/formatting.py" line="53" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Wealth</source>
        <translation>Wealth</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Mass</source>
        <translation>Mass</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>At the branch</source>
        <translation>At the branch</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Direct: point first, decides fast</source>
        <translation>Direct: point first, decides fast</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Analytical: wants figures, decides slowly</source>
        <translation>Analytical: wants figures, decides slowly</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Amiable: relationship first, dislikes pressure</source>
        <translation>Amiable: relationship first, dislikes pressure</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Expressive: talkative, enjoys ideas</source>
        <translation>Expressive: talkative, enjoys ideas</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Wealth product</source>
        <translation>Wealth product</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Fund</source>
        <translation>Fund</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65" />
        <source>Structured deposit</source>
        <translation>Structured deposit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>Bond</source>
        <translation>Bond</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>Precious metal</source>
        <translation>Precious metal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>Loan</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>Enter a Chinese or an English name.</source>
        <translation>Enter a Chinese or an English name.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79" />
        <source>Not a phone number: a mobile has 11 digits, a landline needs its area code, a foreign number starts with +.</source>
        <translation>Not a phone number: a mobile has 11 digits, a landline needs its area code, a foreign number starts with +.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>Not an e-mail address (name@example.com).</source>
        <translation>Not an e-mail address (name@example.com).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87" />
        <source>Not a date. Type it as 2024-03-05, 2024/3/5 or 2024年3月5日.</source>
        <translation>Not a date. Type it as 2024-03-05, 2024/3/5 or 2024年3月5日.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>This date cannot be in the future.</source>
        <translation>This date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93" />
        <source>This date is before 1900.</source>
        <translation>This date is before 1900.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94" />
        <source>Not an amount. Type it as 1,250,000 or 125万.</source>
        <translation>Not an amount. Type it as 1,250,000 or 125万.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97" />
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99" />
        <source>Use only letters, digits and - _ / in a client number.</source>
        <translation>Use only letters, digits and - _ / in a client number.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102" />
        <source>Client number %1 already belongs to another client.</source>
        <translation>Client number %1 already belongs to another client.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105" />
        <source>The maturity date is before the start date.</source>
        <translation>The maturity date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108" />
        <source>Give the product a name.</source>
        <translation>Give the product a name.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109" />
        <source>Give the household member a name.</source>
        <translation>Give the household member a name.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112" />
        <source>Too long: at most %1 characters.</source>
        <translation>Too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113" />
        <source>A client cannot refer themselves.</source>
        <translation>A client cannot refer themselves.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124" />
        <source>This book was saved by a newer version of RM Coach. Update the app to open it; the book has not been changed.</source>
        <translation>This book was saved by a newer version of RM Coach. Update the app to open it; the book has not been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129" />
        <source>The book is damaged. Restore it from a backup.</source>
        <translation>The book is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132" />
        <source>This file is not an RM Coach book. Choose another file.</source>
        <translation>This file is not an RM Coach book. Choose another file.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135" />
        <source>The book cannot be written. Check the file's permissions and folder.</source>
        <translation>The book cannot be written. Check the file's permissions and folder.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138" />
        <source>The disk is full. Free some space, then try again.</source>
        <translation>The disk is full. Free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141" />
        <source>The book is in use by another program. Close it and try again.</source>
        <translation>The book is in use by another program. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144" />
        <source>The book could not be upgraded to this version. It has been left as it was.</source>
        <translation>The book could not be upgraded to this version. It has been left as it was.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149" />
        <source>The book could not be opened.</source>
        <translation>The book could not be opened.</translation>
    </message>
</context>
</TS>