<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ClientDetail</name>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="75" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="77" />
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="78" />
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="79" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="80" />
        <location filename="../../ui/widgets/client_detail.py" line="226" />
        <source>Show contact details</source>
        <translation>显示联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="84" />
        <source>Edit client</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="85" />
        <source>Log a contact with the client</source>
        <translation>记录与客户的一次联系</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="86" />
        <source>Archive client</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="87" />
        <source>Restore client</source>
        <translation>恢复客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="88" />
        <source>Show or hide full contact details</source>
        <translation>显示或隐藏完整联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="124" />
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="128" />
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="129" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="130" />
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="131" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="132" />
        <source>Start</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="133" />
        <source>Maturity</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="139" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="140" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="141" />
        <location filename="../../ui/widgets/client_detail.py" line="258" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="142" />
        <location filename="../../ui/widgets/client_detail.py" line="275" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="148" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="149" />
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="150" />
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="154" />
        <location filename="../../ui/widgets/client_detail.py" line="157" />
        <source>Holdings</source>
        <translation>持有产品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="155" />
        <location filename="../../ui/widgets/client_detail.py" line="158" />
        <source>Household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="156" />
        <source>Contact history</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="159" />
        <source>History</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="161" />
        <source>Select a client to see the profile.</source>
        <translation>选择一位客户，查看其资料。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="218" />
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="226" />
        <source>Hide contact details</source>
        <translation>隐藏联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="245" />
        <source>(lunar)</source>
        <translation>（农历）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="247" />
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="248" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="249" />
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="250" />
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="251" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="253" />
        <source>Preferred channel</source>
        <translation>偏好联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="256" />
        <source>Best time to call</source>
        <translation>方便联系时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="257" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="259" />
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="260" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="261" />
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="263" />
        <source>Communication style</source>
        <translation>沟通风格</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="266" />
        <source>Habits</source>
        <translation>生活习惯</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="267" />
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="268" />
        <source>Concerns</source>
        <translation>关注点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="269" />
        <source>Mindset</source>
        <translation>心态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="270" />
        <source>Client since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="271" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="272" />
        <source>Referred by</source>
        <translation>转介绍人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="273" />
        <source>Clients referred</source>
        <translation>转介绍客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="274" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_detail.py" line="284" />
        <source>Nothing recorded yet. Press Edit to fill in the profile.</source>
        <translation>暂无资料。点击“编辑”补充客户资料。</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="95" />
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="95" />
        <source>Edit client</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="118" />
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="124" />
        <source>e.g. 1975-03-05 or 1975年3月5日</source>
        <translation>例如 1975-03-05 或 1975年3月5日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="127" />
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="127" />
        <source>e.g. 张伟</source>
        <translation>例如 张伟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="128" />
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="128" />
        <source>e.g. Wei Zhang</source>
        <translation>例如 Wei Zhang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="130" />
        <source>Client number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="131" />
        <source>from the core-banking system</source>
        <translation>与核心系统一致</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="133" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="134" />
        <location filename="../../ui/dialogs/client_editor.py" line="201" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="137" />
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="141" />
        <source>Risk profile</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="144" />
        <source>Assets (yuan)</source>
        <translation>资产（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="144" />
        <source>e.g. 1,250,000 or 125万</source>
        <translation>例如 1,250,000 或 125万</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="145" />
        <source>Client since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="150" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="150" />
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="151" />
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="151" />
        <source>e.g. 021-6888 8888</source>
        <translation>例如 021-6888 8888</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="152" />
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="153" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="155" />
        <source>Preferred channel</source>
        <translation>偏好联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="159" />
        <source>Best time to call</source>
        <translation>方便联系时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="160" />
        <source>e.g. weekdays after 6 pm</source>
        <translation>例如 工作日 18:00 以后</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="166" />
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="167" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="168" />
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="170" />
        <source>Communication style</source>
        <translation>沟通风格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="177" />
        <source>Habits</source>
        <translation>生活习惯</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="178" />
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="178" />
        <location filename="../../ui/dialogs/client_editor.py" line="181" />
        <source>separate with commas or semicolons</source>
        <translation>用顿号、逗号或分号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="179" />
        <source>Concerns</source>
        <translation>关注点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="180" />
        <source>Mindset</source>
        <translation>心态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="181" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="182" />
        <location filename="../../ui/dialogs/client_editor.py" line="201" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="187" />
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="188" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="189" />
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="190" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="191" />
        <source>Start</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="192" />
        <source>Maturity</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="201" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="201" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="204" />
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="205" />
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="208" />
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="209" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="210" />
        <source>About the client</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="211" />
        <source>Holdings</source>
        <translation>持有产品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="212" />
        <source>Household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="222" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="224" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="238" />
        <source>Celebrates the lunar birthday</source>
        <translation>过农历生日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_editor.py" line="271" />
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/client_editor.py" line="514" />
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>保存前还有 %n 处需要修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../ui/models/client_list_model.py" line="32" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list_model.py" line="33" />
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list_model.py" line="34" />
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list_model.py" line="35" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_list_model.py" line="36" />
        <source>Next maturity</source>
        <translation>下次到期</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="62" />
        <source>Filter by tier</source>
        <translation>按客户等级筛选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="63" />
        <source>All tiers</source>
        <translation>全部客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="67" />
        <source>Filter by risk profile</source>
        <translation>按风险等级筛选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="68" />
        <source>All risk profiles</source>
        <translation>全部风险等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="72" />
        <source>Filter by last contact</source>
        <translation>按最近联系筛选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="75" />
        <source>Any last contact</source>
        <translation>不限最近联系</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/clients_page.py" line="77" />
        <source>Not contacted for %n day(s)</source>
        <translation>
            <numerusform>超过 %n 天未联系</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="81" />
        <source>Active or archived clients</source>
        <translation>当前客户或已归档客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="82" />
        <source>Active clients</source>
        <translation>当前客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="83" />
        <source>Archived clients</source>
        <translation>已归档客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="110" />
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="133" />
        <source>No client matches. Clear the search or the filters.</source>
        <translation>没有符合条件的客户。请清除搜索内容或筛选条件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/clients_page.py" line="220" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>共 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="283" />
        <source>Added %1</source>
        <translation>新建客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="297" />
        <source>Edited %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="316" />
        <source>Archived %1</source>
        <translation>归档客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="319" />
        <source>%1 archived. Press Ctrl+Z to undo.</source>
        <translation>%1 已归档。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="331" />
        <source>Restored %1</source>
        <translation>恢复客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="334" />
        <source>%1 restored.</source>
        <translation>%1 已恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="345" />
        <location filename="../../ui/pages/clients_page.py" line="350" />
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="345" />
        <source>How did you reach the client?</source>
        <translation>这次通过什么方式联系客户？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="350" />
        <source>What was said?</source>
        <translation>沟通了哪些内容？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="367" />
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="372" />
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="69" />
        <source>Find a client: name, pinyin (zs), phone or client number (Ctrl+F)</source>
        <translation>查找客户：姓名、拼音（zs）、电话或客户号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71" />
        <source>Find a client</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76" />
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79" />
        <source>Add a client (Ctrl+N)</source>
        <translation>新建客户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>Opening the book…</source>
        <translation>正在打开客户库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <location filename="../../ui/main_window.py" line="114" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>No book is open.</source>
        <translation>未打开客户库。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>Creating the sample book…</source>
        <translation>正在创建示例客户库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>Sample book</source>
        <translation>示例客户库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283" />
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297" />
        <source>Something went wrong and the last action was not completed. Nothing was lost. Details: %1</source>
        <translation>出了点问题，刚才的操作没有完成，数据没有丢失。详细信息：%1</translation>
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
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="34" />
        <location filename="../../ui/dialogs/settings_dialog.py" line="49" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="36" />
        <location filename="../../ui/dialogs/settings_dialog.py" line="43" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="41" />
        <location filename="../../ui/dialogs/settings_dialog.py" line="50" />
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="43" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="43" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="47" />
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="52" />
        <source>This book: tier names</source>
        <translation>本客户库：客户等级名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="58" />
        <source>Name of tier %1</source>
        <translation>客户等级“%1”的名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="65" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="66" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/widgets/welcome.py" line="23" />
        <source>Welcome to RM Coach</source>
        <translation>欢迎使用 RM Coach</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/welcome.py" line="27" />
        <source>Your client book is empty. Add your first client, or open a sample book of 300 made-up clients to look around first. The sample is a separate file: nothing of it enters your own book.</source>
        <translation>您的客户库还是空的。请添加第一位客户，或先打开一个含 300 位虚构客户的示例客户库看看。示例客户库是单独的文件，其中的内容不会进入您自己的客户库。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/welcome.py" line="33" />
        <location filename="../../ui/widgets/welcome.py" line="35" />
        <source>Add my first client</source>
        <translation>添加第一位客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/welcome.py" line="36" />
        <location filename="../../ui/widgets/welcome.py" line="37" />
        <source>Open a sample book</source>
        <translation>打开示例客户库</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="49" />
        <source>never</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="52" />
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/formatting.py" line="53" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Private</source>
        <translation>私行</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Wealth</source>
        <translation>财富</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Mass</source>
        <translation>大众</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>At the branch</source>
        <translation>网点面谈</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Direct: point first, decides fast</source>
        <translation>直接型：开门见山，决策快</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Analytical: wants figures, decides slowly</source>
        <translation>分析型：看重数据，决策慢</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Amiable: relationship first, dislikes pressure</source>
        <translation>亲和型：重视关系，不喜欢被催促</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Expressive: talkative, enjoys ideas</source>
        <translation>表达型：健谈，喜欢新想法</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>Deposit</source>
        <translation>存款</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Wealth product</source>
        <translation>理财产品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65" />
        <source>Structured deposit</source>
        <translation>结构性存款</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>Bond</source>
        <translation>债券</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>Precious metal</source>
        <translation>贵金属</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>Enter a Chinese or an English name.</source>
        <translation>请填写中文或英文姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79" />
        <source>Not a phone number: a mobile has 11 digits, a landline needs its area code, a foreign number starts with +.</source>
        <translation>电话号码格式不对：手机号为 11 位，固定电话需加区号，境外号码以 + 开头。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>Not an e-mail address (name@example.com).</source>
        <translation>邮箱格式不对（例如 name@example.com）。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87" />
        <source>Not a date. Type it as 2024-03-05, 2024/3/5 or 2024年3月5日.</source>
        <translation>日期格式不对。请按 2024-03-05、2024/3/5 或 2024年3月5日 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>This date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93" />
        <source>This date is before 1900.</source>
        <translation>日期不能早于 1900 年。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94" />
        <source>Not an amount. Type it as 1,250,000 or 125万.</source>
        <translation>金额格式不对。请按 1,250,000 或 125万 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97" />
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>The amount is too large.</source>
        <translation>金额过大，请核对。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99" />
        <source>Use only letters, digits and - _ / in a client number.</source>
        <translation>客户号只能使用字母、数字和 - _ / 这几个符号。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102" />
        <source>Client number %1 already belongs to another client.</source>
        <translation>客户号 %1 已属于另一位客户。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105" />
        <source>The maturity date is before the start date.</source>
        <translation>到期日早于起始日。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108" />
        <source>Give the product a name.</source>
        <translation>请填写产品名称。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109" />
        <source>Give the household member a name.</source>
        <translation>请填写家庭成员的姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112" />
        <source>Too long: at most %1 characters.</source>
        <translation>内容过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113" />
        <source>A client cannot refer themselves.</source>
        <translation>客户不能转介绍自己。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124" />
        <source>This book was saved by a newer version of RM Coach. Update the app to open it; the book has not been changed.</source>
        <translation>此客户库由更新版本的 RM Coach 保存。请先升级应用再打开；客户库未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129" />
        <source>The book is damaged. Restore it from a backup.</source>
        <translation>客户库已损坏。请从备份中恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132" />
        <source>This file is not an RM Coach book. Choose another file.</source>
        <translation>此文件不是 RM Coach 客户库。请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135" />
        <source>The book cannot be written. Check the file's permissions and folder.</source>
        <translation>客户库无法写入。请检查文件权限及所在文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138" />
        <source>The disk is full. Free some space, then try again.</source>
        <translation>磁盘已满。请清理出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141" />
        <source>The book is in use by another program. Close it and try again.</source>
        <translation>客户库正被其他程序占用。请关闭该程序后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144" />
        <source>The book could not be upgraded to this version. It has been left as it was.</source>
        <translation>客户库无法升级到当前版本，已保持原样。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149" />
        <source>The book could not be opened.</source>
        <translation>无法打开客户库。</translation>
    </message>
</context>
</TS>