<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgendaList</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Mark as done (Ctrl+D)</source>
        <translation>标记为已完成（Ctrl+D）</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Snooze (Ctrl+L)</source>
        <translation>推迟（Ctrl+L）</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>推迟到明天</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>推迟 3 天</translation>
    </message>
    <message>
        <source>Until next Monday</source>
        <translation>推迟到下周一</translation>
    </message>
    <message>
        <source>Pick a day…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Move to another day (Ctrl+R)</source>
        <translation>改到其他日期（Ctrl+R）</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Open client (Enter)</source>
        <translation>打开客户（Enter）</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Prepare the meeting</source>
        <translation>准备面谈</translation>
    </message>
    <message>
        <source>Prepare this meeting</source>
        <translation>准备这次面谈</translation>
    </message>
    <message>
        <source>Prepare a meeting with this client</source>
        <translation>准备与这位客户的面谈</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>已推迟到 %1</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>已改到 %1</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing them all may take a moment (Enter)</source>
        <translation>全部列出可能要稍等片刻（Enter）</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message numerus="yes">
        <source>Overdue, %n day(s)</source>
        <translation>
            <numerusform>已超期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天跟进</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将跟进</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>已推迟</translation>
    </message>
</context>
<context>
    <name>BookSession</name>
    <message>
        <source>The book was backed up.</source>
        <translation>客户库已备份。</translation>
    </message>
    <message>
        <source>Opening the book…</source>
        <translation>正在打开客户库…</translation>
    </message>
    <message>
        <source>The book is locked.</source>
        <translation>客户库已锁定。</translation>
    </message>
    <message>
        <source>Resume the meeting?</source>
        <translation>继续这次面谈？</translation>
    </message>
    <message>
        <source>Your meeting with %1 (started %2) was not wrapped up. Everything you recorded is kept. Carry on where you left off?</source>
        <translation>您与 %1 的面谈（%2 开始）还没有总结，已记录的内容都已保存。要从上次中断的地方继续吗？</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>没有打开的客户库。</translation>
    </message>
    <message>
        <source>Creating the sample book…</source>
        <translation>正在创建示例客户库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sample book</source>
        <translation>示例客户库</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>上个月（Page Up）</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>下个月（Page Down）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>回到今天（Home）</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Meetings only</source>
        <translation>只看面谈</translation>
    </message>
    <message>
        <source>Filter by tier</source>
        <translation>按客户等级筛选</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部客户等级</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>新建跟进</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)</source>
        <translation>导出到日历（.ics）</translation>
    </message>
    <message>
        <source>Save meetings and open follow-ups for Outlook or your phone&apos;s calendar</source>
        <translation>保存面谈和未完成的跟进，供 Outlook 或手机日历使用</translation>
    </message>
    <message>
        <source>Mask client names</source>
        <translation>隐去客户姓名</translation>
    </message>
    <message>
        <source>Mask client names in the exported file</source>
        <translation>在导出的文件中隐去客户姓名</translation>
    </message>
    <message>
        <source>The file shows 张* instead of 张伟</source>
        <translation>文件中显示“张*”，而不是“张伟”</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Show the selected day</source>
        <translation>显示所选的一天</translation>
    </message>
    <message>
        <source>Show the selected week</source>
        <translation>显示所选的一周</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due in the next days</source>
        <translation>近几天待跟进</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>没有安排</translation>
    </message>
    <message>
        <source>Nothing planned for this day.</source>
        <translation>这一天没有安排。</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 项跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n 场面谈</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>已添加：%1</translation>
    </message>
    <message>
        <source>Saved %1 and %2 to %3.</source>
        <translation>%1、%2已保存到 %3。</translation>
    </message>
    <message>
        <source>Could not save %1. Choose another folder, or close the file if another program has it open.</source>
        <translation>无法保存 %1。请换一个文件夹；如果该文件已被其他程序打开，请先将其关闭。</translation>
    </message>
</context>
<context>
    <name>CheckCard</name>
    <message>
        <source>How and why</source>
        <translation>怎么做，为什么</translation>
    </message>
    <message>
        <source>Show guidance for %1</source>
        <translation>展开“%1”的要点说明</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row is checked against the book. Nothing is written yet.</source>
        <translation>逐行与客户库核对，此时还不会写入任何内容。</translation>
    </message>
    <message>
        <source>Import nothing if any row has a problem</source>
        <translation>只要有一行有问题，就全部不导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The check was stopped. Go back and forward to run it again.</source>
        <translation>检查已停止。点“上一步”再点“下一步”即可重新检查。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read (%1).</source>
        <translation>
            <numerusform>已读取 %n 行（编码：%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: %1.</source>
        <translation>可以导入：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be left out; they are listed below.</source>
        <translation>
            <numerusform>有 %n 行存在问题，将不会导入，详见下方列表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <source>Prepare a meeting</source>
        <translation>准备面谈</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>文档…</translation>
    </message>
    <message>
        <source>Print or save documents for the client</source>
        <translation>打印或保存该客户的文档</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Show contact details</source>
        <translation>显示联系方式</translation>
    </message>
    <message>
        <source>Prepare a meeting with the client</source>
        <translation>准备与客户的面谈</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Log a contact with the client</source>
        <translation>记录与客户的一次联系</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>Restore client</source>
        <translation>恢复客户</translation>
    </message>
    <message>
        <source>Show or hide full contact details</source>
        <translation>显示或隐藏完整联系方式</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面谈类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>持有产品</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>Select a client to see the profile.</source>
        <translation>选择一位客户，查看其资料。</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Hide contact details</source>
        <translation>隐藏联系方式</translation>
    </message>
    <message>
        <source>(lunar)</source>
        <translation>（农历）</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>偏好联系方式</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>方便联系时间</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Communication style</source>
        <translation>沟通风格</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>生活习惯</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>关注点</translation>
    </message>
    <message>
        <source>Mindset</source>
        <translation>心态</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>转介绍人</translation>
    </message>
    <message>
        <source>Clients referred</source>
        <translation>转介绍客户</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Press Edit to fill in the profile.</source>
        <translation>暂无资料。点击“编辑”补充客户资料。</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>编辑客户</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>保存前还有 %n 处需要修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <source>Export clients</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;vCard contacts (*.vcf)</source>
        <translation>适用于 Excel 的 CSV 文件 (*.csv);;vCard 联系人 (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting the clients…</source>
        <translation>正在导出客户…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 位客户到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder.
%1</source>
        <translation>无法写入文件。请换一个文件夹。
%1</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>separate with commas or semicolons</source>
        <translation>用顿号、逗号或分号分隔</translation>
    </message>
    <message>
        <source>e.g. 1975-03-05 or 1975年3月5日</source>
        <translation>例如 1975-03-05 或 1975年3月5日</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>e.g. 张伟</source>
        <translation>例如 张伟</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>e.g. Wei Zhang</source>
        <translation>例如 Wei Zhang</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <source>from the core-banking system</source>
        <translation>与核心系统一致</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Assets (yuan)</source>
        <translation>资产（元）</translation>
    </message>
    <message>
        <source>e.g. 1,250,000 or 125万</source>
        <translation>例如 1,250,000 或 125万</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <source>Suitability</source>
        <translation>适当性</translation>
    </message>
    <message>
        <source>Risk assessed on</source>
        <translation>风险评估日期</translation>
    </message>
    <message>
        <source>the date of the bank&apos;s risk assessment</source>
        <translation>银行为客户做风险评估的日期</translation>
    </message>
    <message>
        <source>Civil capacity</source>
        <translation>民事行为能力</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>needed unless capacity is full</source>
        <translation>非完全民事行为能力人必填</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>e.g. 021-6888 8888</source>
        <translation>例如 021-6888 8888</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>偏好联系方式</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>方便联系时间</translation>
    </message>
    <message>
        <source>e.g. weekdays after 6 pm</source>
        <translation>例如 工作日 18:00 以后</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Communication style</source>
        <translation>沟通风格</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>生活习惯</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>关注点</translation>
    </message>
    <message>
        <source>Mindset</source>
        <translation>心态</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>About the client</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>持有产品</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Celebrates the lunar birthday</source>
        <translation>过农历生日</translation>
    </message>
    <message>
        <source>First-time buyer of wealth products</source>
        <translation>首次购买理财产品</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>An assessment date needs the risk profile it gave.</source>
        <translation>填写了风险评估日期，还需填写该次评估得出的风险等级。</translation>
    </message>
    <message>
        <source>A client without full civil capacity needs a guardian.</source>
        <translation>客户不具备完全民事行为能力，须填写监护人。</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Next maturity</source>
        <translation>下次到期</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Filter by tier</source>
        <translation>按客户等级筛选</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部客户等级</translation>
    </message>
    <message>
        <source>Filter by risk profile</source>
        <translation>按风险等级筛选</translation>
    </message>
    <message>
        <source>All risk profiles</source>
        <translation>全部风险等级</translation>
    </message>
    <message>
        <source>Filter by last contact</source>
        <translation>按最近联系筛选</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>不限最近联系</translation>
    </message>
    <message numerus="yes">
        <source>Not contacted for %n day(s)</source>
        <translation>
            <numerusform>超过 %n 天未联系</numerusform>
        </translation>
    </message>
    <message>
        <source>Active or archived clients</source>
        <translation>当前客户或已归档客户</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>当前客户</translation>
    </message>
    <message>
        <source>Archived clients</source>
        <translation>已归档客户</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No client matches. Clear the search or the filters.</source>
        <translation>没有符合条件的客户。请清除搜索内容或筛选条件。</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>共 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>新建客户 %1</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <source>Archived %1</source>
        <translation>归档客户 %1</translation>
    </message>
    <message>
        <source>%1 archived. Press Ctrl+Z to undo.</source>
        <translation>%1 已归档。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>恢复客户 %1</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 已恢复。</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>How did you reach the client?</source>
        <translation>这次通过什么方式联系客户？</translation>
    </message>
    <message>
        <source>What was said?</source>
        <translation>沟通了哪些内容？</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
</context>
<context>
    <name>CoachingMirror</name>
    <message numerus="yes">
        <source>Last %n meeting(s)</source>
        <translation>
            <numerusform>最近 %n 场面谈</numerusform>
        </translation>
    </message>
    <message>
        <source>How many meetings to look at</source>
        <translation>查看最近几场面谈</translation>
    </message>
    <message>
        <source>Items ticked, by phase</source>
        <translation>各环节的勾选情况</translation>
    </message>
    <message>
        <source>Share of each phase&apos;s checklist you ticked</source>
        <translation>各环节检查清单中您已勾选的比例</translation>
    </message>
    <message>
        <source>Skipped most often</source>
        <translation>最常跳过的项目</translation>
    </message>
    <message>
        <source>In how many of these meetings the item was not ticked</source>
        <translation>在这些面谈中，该项有几场没有勾选</translation>
    </message>
    <message>
        <source>Your own rating of each phase</source>
        <translation>您对各环节的自评</translation>
    </message>
    <message>
        <source>1 to 5, as you rated yourself at each wrap-up, oldest first</source>
        <translation>1 到 5 分，取自每次总结时的自评，按时间从早到晚排列</translation>
    </message>
    <message>
        <source>Words to reconsider, by meeting</source>
        <translation>需斟酌的用词（按面谈）</translation>
    </message>
    <message>
        <source>Words to reconsider</source>
        <translation>需斟酌的用词</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held and wrapped up</source>
        <translation>
            <numerusform>已完成并总结 %n 场面谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n meeting(s) wrapped up so far</source>
        <translation>
            <numerusform>目前只有 %n 场面谈完成了总结</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting wrapped up yet: the mirror fills as you hold meetings.</source>
        <translation>还没有完成总结的面谈：随着面谈的开展，复盘内容会逐步显示在这里。</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>已勾选</translation>
    </message>
    <message>
        <source>Nothing skipped: every item was ticked.</source>
        <translation>没有跳过的项目：每一项都已勾选。</translation>
    </message>
    <message>
        <source>Meetings skipped</source>
        <translation>跳过的场次</translation>
    </message>
    <message>
        <source>You have not rated a phase yet.</source>
        <translation>您还没有对任何环节做过自评。</translation>
    </message>
    <message>
        <source>Nothing to reconsider in the notes and talking points of these meetings.</source>
        <translation>这些面谈的备注和谈话要点中没有需斟酌的用词。</translation>
    </message>
    <message numerus="yes">
        <source>The phrase coach flagged %n meeting(s): %1</source>
        <translation>
            <numerusform>话术提示标出了 %n 场面谈：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceBanner</name>
    <message>
        <source>Re-assessment needed:</source>
        <translation>需要重新做风险评估：</translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation>请注意：</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Add a consent</source>
        <translation>登记授权同意</translation>
    </message>
    <message>
        <source>Record a consent form the client signed: what it allows, and the day.</source>
        <translation>登记客户签署的授权同意书：同意的事项和签署日期。</translation>
    </message>
    <message>
        <source>What the client consented to</source>
        <translation>客户同意的事项</translation>
    </message>
    <message>
        <source>In the form&apos;s own words…</source>
        <translation>按同意书原文填写…</translation>
    </message>
    <message>
        <source>The consent in the form&apos;s own words</source>
        <translation>同意书原文</translation>
    </message>
    <message>
        <source>As written on the consent form</source>
        <translation>照同意书上的文字填写</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>同意事项</translation>
    </message>
    <message>
        <source>Record the consent</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>ConsentList</name>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>同意事项</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>No consent on record. When the client signs a consent form, add it here.</source>
        <translation>尚无授权同意记录。客户签署授权同意书后，请在此登记。</translation>
    </message>
    <message>
        <source>Add consent…</source>
        <translation>登记授权同意…</translation>
    </message>
    <message>
        <source>Add a consent the client signed</source>
        <translation>登记客户签署的授权同意</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>The client withdrew the selected consent</source>
        <translation>客户撤回所选的授权同意</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Withdraw the consent?</source>
        <translation>撤回授权同意？</translation>
    </message>
    <message>
        <source>Record that the client withdrew their consent to “%1” today? The consent stays on record with the day it was given and the day it was withdrawn.</source>
        <translation>确认登记客户今天撤回对“%1”的同意？该记录会保留，并注明签署日期和撤回日期。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>指定时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation>面谈简报</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>面谈纪要</translation>
    </message>
    <message>
        <source>Follow-up letter</source>
        <translation>致客户函</translation>
    </message>
    <message>
        <source>Client profile</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Mask personal data</source>
        <translation>隐藏个人信息</translation>
    </message>
    <message>
        <source>Phone, e-mail, address and ID are partly hidden and amounts shown as ranges.</source>
        <translation>电话、邮箱、地址和证件号码部分隐藏，金额以区间显示。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档类型</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>文档语言</translation>
    </message>
    <message>
        <source>The letter to the client</source>
        <translation>致客户的信</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>信件正文</translation>
    </message>
    <message>
        <source>Reset text</source>
        <translation>恢复默认内容</translation>
    </message>
    <message>
        <source>Letter text (checked by the phrase coach)</source>
        <translation>信件正文（由话术提示检查）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation>存为 HTML…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Personal data masked</source>
        <translation>个人信息已隐藏</translation>
    </message>
    <message>
        <source>Personal data shown in full: keep the printout safe</source>
        <translation>个人信息完整显示：请妥善保管打印件</translation>
    </message>
    <message>
        <source>This client has no wrapped-up meeting yet: minutes and letters are written after the wrap-up.</source>
        <translation>该客户还没有完成总结的面谈：面谈纪要和致客户函在总结后生成。</translation>
    </message>
    <message>
        <source>This meeting is not wrapped up yet: minutes and letters are written after the wrap-up.</source>
        <translation>这次面谈尚未总结：面谈纪要和致客户函在总结后生成。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation>存为 HTML</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请换一个文件夹。</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>How did it go? A few words are enough.</source>
        <translation>结果如何？简单写几句即可。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>This is saved as a contact with the client.</source>
        <translation>这会保存为一次与客户的联系记录。</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>This book is encrypted: it opens only with its passphrase.</source>
        <translation>此客户库已加密：只有输入密码才能打开。</translation>
    </message>
    <message>
        <source>Encrypt this book so that it opens only with a passphrase.</source>
        <translation>加密此客户库，使它只有输入密码才能打开。</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered by anyone.</source>
        <translation>密码一旦忘记，任何人都无法找回。</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation>关闭加密</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The new passphrase needs at least 8 characters.</source>
        <translation>新密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>当前密码不正确，未做任何更改。</translation>
    </message>
    <message>
        <source>The change failed; the book was left as it was. %1</source>
        <translation>更改失败，客户库保持原样。%1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel or exported by the bank&apos;s system, with a header row in English or Chinese. UTF-8 and GB18030 are both read.</source>
        <translation>从 Excel 另存或从行内系统导出的 CSV 文件，首行为中文或英文表头。UTF-8 和 GB18030 编码均可读取。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Meeting</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Words to reconsider</source>
        <translation>需斟酌的用词</translation>
    </message>
</context>
<context>
    <name>FollowUpDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The clients are written in one go: all the good rows, or none.</source>
        <translation>客户一次性写入：无误的行要么全部写入，要么都不写入。</translation>
    </message>
    <message>
        <source>Save the rejected rows…</source>
        <translation>保存未导入的行…</translation>
    </message>
    <message>
        <source>A CSV of the rows left out, with the reasons, to fix and import again.</source>
        <translation>将未导入的行连同原因存为 CSV 文件，修改后可再次导入。</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was written.</source>
        <translation>导入已停止，未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Fix them and import again.</source>
        <translation>
            <numerusform>未导入任何客户：有 %n 行存在问题。请修改后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>已导入：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were left out:</source>
        <translation>
            <numerusform>有 %n 行未导入：</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 saved (%2 rows).</source>
        <translation>%1 已保存（共 %2 行）。</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s)</source>
        <translation>
            <numerusform>新增客户 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>无变化 %n 位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Unknown tier “%1”. Use Private, Wealth, VIP or Mass (私人银行, 财富, 贵宾, 大众).</source>
        <translation>无法识别的客户等级“%1”。请填写私行、财富、贵宾或大众（也可用 Private、Wealth、VIP、Mass）。</translation>
    </message>
    <message>
        <source>Unknown risk profile “%1”. Use C1 to C5, for example C3, 平衡型 or balanced.</source>
        <translation>无法识别的风险等级“%1”。请填写 C1 至 C5，例如 C3、平衡型或 balanced。</translation>
    </message>
    <message>
        <source>Unknown gender “%1”. Use 男/女 or M/F.</source>
        <translation>无法识别的性别“%1”。请填写男/女或 M/F。</translation>
    </message>
    <message>
        <source>Client number %1 is in the file more than once (lines %2).</source>
        <translation>客户号 %1 在文件中出现了多次（行号：%2）。</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header only %2. Is a comma missing its quotes?</source>
        <translation>这一行有 %1 个单元格，但表头只有 %2 列。是否有含逗号的内容没加引号？</translation>
    </message>
    <message>
        <source>This line is not in the file&apos;s encoding (%1), so it was not read. Save the whole file in one encoding.</source>
        <translation>这一行不是文件所用的编码（%1），未读取。请把整个文件保存为同一种编码。</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Assets (yuan)</source>
        <translation>资产（元）</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Risk assessed on</source>
        <translation>风险评估日期</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>经营分析</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>How the scores work</source>
        <translation>评分怎么算</translation>
    </message>
    <message>
        <source>Save as picture</source>
        <translation>存为图片</translation>
    </message>
    <message>
        <source>Save what this tab shows as a PNG picture</source>
        <translation>将当前标签页的内容存为 PNG 图片</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>存为 PDF</translation>
    </message>
    <message>
        <source>Save the dashboard and the coaching mirror as a PDF</source>
        <translation>将客户总览和面谈复盘存为 PDF</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>客户总览</translation>
    </message>
    <message>
        <source>Retention radar</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Coaching mirror</source>
        <translation>面谈复盘</translation>
    </message>
    <message>
        <source>Show clients on the radar for</source>
        <translation>按预警原因显示客户</translation>
    </message>
    <message>
        <source>“Prepare ›” starts a meeting plan for the client.</source>
        <translation>点“准备 ›”即可为该客户制定面谈计划。</translation>
    </message>
    <message>
        <source>Clients on the retention radar</source>
        <translation>流失预警客户</translation>
    </message>
    <message>
        <source>Nobody on the radar: no money maturing, no falling figures, no one overdue.</source>
        <translation>暂无预警客户：没有即将到期的资金，没有下滑的指标，也没有超期未联系的客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n active client(s)</source>
        <translation>
            <numerusform>%n 位当前客户</numerusform>
        </translation>
    </message>
    <message>
        <source>average contribution %1, loyalty %2</source>
        <translation>平均贡献度 %1，忠诚度 %2</translation>
    </message>
    <message>
        <source>satisfaction %1</source>
        <translation>满意度 %1</translation>
    </message>
    <message>
        <source>charts for %1</source>
        <translation>图表区间：%1</translation>
    </message>
    <message numerus="yes">
        <source>All reasons (%n)</source>
        <translation>
            <numerusform>全部原因（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention radar (%n)</source>
        <translation>
            <numerusform>流失预警（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Insights: %1</source>
        <translation>经营分析：%1</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Could not save %1: check the folder exists and can be written to.</source>
        <translation>无法保存 %1：请检查文件夹是否存在、能否写入。</translation>
    </message>
</context>
<context>
    <name>LiveProducts</name>
    <message>
        <source>Another product discussed; Enter adds it</source>
        <translation>谈到的其他产品，按 Enter 添加</translation>
    </message>
    <message>
        <source>Another product discussed</source>
        <translation>谈到的其他产品</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Meeting time</source>
        <translation>面谈用时</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Hide assets, notes and contact details from view</source>
        <translation>隐藏资产、备注和联系方式</translation>
    </message>
    <message>
        <source>Privacy: hide assets, notes and contact details</source>
        <translation>隐私：隐藏资产、备注和联系方式</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>全屏（F11）</translation>
    </message>
    <message>
        <source>End and wrap up</source>
        <translation>结束并总结</translation>
    </message>
    <message>
        <source>What the client says they need</source>
        <translation>客户说自己需要什么</translation>
    </message>
    <message>
        <source>The client&apos;s stated needs</source>
        <translation>客户表达的需求</translation>
    </message>
    <message>
        <source>What you believe they really want</source>
        <translation>您判断客户真正想要什么</translation>
    </message>
    <message>
        <source>The client&apos;s real intent</source>
        <translation>客户的真实意图</translation>
    </message>
    <message>
        <source>An objection, as the client put it; Enter adds it</source>
        <translation>按客户的原话记下异议，按 Enter 添加</translation>
    </message>
    <message>
        <source>New objection</source>
        <translation>新的异议</translation>
    </message>
    <message>
        <source>Consent to record</source>
        <translation>是否同意记录</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>Client agreed</source>
        <translation>客户同意</translation>
    </message>
    <message>
        <source>Client declined</source>
        <translation>客户不同意</translation>
    </message>
    <message>
        <source>Stated needs</source>
        <translation>客户表达的需求</translation>
    </message>
    <message>
        <source>Real intent</source>
        <translation>真实意图</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Products discussed</source>
        <translation>谈到的产品</translation>
    </message>
    <message>
        <source>Recording or note-taking</source>
        <translation>录音或记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A note; Enter saves it with the time</source>
        <translation>写一条备注，按 Enter 连同时间一起保存</translation>
    </message>
    <message>
        <source>On record (双录)</source>
        <translation>双录事项</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>请注意</translation>
    </message>
    <message>
        <source>Set by the answer under Recording or note-taking</source>
        <translation>由“录音或记录”一项的回答决定</translation>
    </message>
    <message>
        <source>Privacy on</source>
        <translation>隐私已开启</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find a client: name, pinyin (zs), phone or client number (Ctrl+F)</source>
        <translation>查找客户：姓名、拼音（zs）、电话或客户号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Add a client (Ctrl+N)</source>
        <translation>新建客户（Ctrl+N）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import clients from Excel (CSV)</source>
        <translation>从 Excel（CSV）导入客户</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export clients to Excel (CSV) or contacts (vCard)</source>
        <translation>将客户导出为 Excel（CSV）或通讯录联系人（vCard）</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>经营分析</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The playbook is in use for new meetings.</source>
        <translation>新的面谈将使用这份面谈手册。</translation>
    </message>
    <message>
        <source>Playbook not used</source>
        <translation>未使用面谈手册</translation>
    </message>
    <message>
        <source>This playbook file has problems, so it was not used:
%1</source>
        <translation>这份面谈手册文件有问题，因此未使用：
%1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>Something went wrong and the last action was not completed. Nothing was lost. Details: %1</source>
        <translation>出了点问题，刚才的操作没有完成，数据没有丢失。详细信息：%1</translation>
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
        <translation>面谈计划已保存。</translation>
    </message>
    <message>
        <source>Exception recorded for %1.</source>
        <translation>已为 %1 登记例外。</translation>
    </message>
    <message>
        <source>Meeting saved as a record; follow-ups are on the calendar.</source>
        <translation>面谈已保存为记录，跟进事项已加入日历。</translation>
    </message>
</context>
<context>
    <name>MeetingRecord</name>
    <message>
        <source>Meeting record</source>
        <translation>面谈记录</translation>
    </message>
    <message>
        <source>To add or correct something, write it here: it is kept as a dated amendment.</source>
        <translation>如需补充或更正，请写在这里：内容将作为注明日期的补充记录保存。</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>补充记录</translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation>添加补充记录</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>文档…</translation>
    </message>
    <message>
        <source>Minutes, letter and brief of this meeting</source>
        <translation>这次面谈的纪要、致客户函和简报</translation>
    </message>
    <message>
        <source>This meeting is a record: it can be amended, not rewritten.</source>
        <translation>这次面谈已存为记录：可以补充，不能改写。</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>satisfaction %1 of 5</source>
        <translation>满意度 %1/5</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Stated needs</source>
        <translation>客户表达的需求</translation>
    </message>
    <message>
        <source>Real intent</source>
        <translation>真实意图</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Products discussed</source>
        <translation>谈到的产品</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>补充记录</translation>
    </message>
    <message>
        <source>(no response recorded)</source>
        <translation>（未记录回应）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面谈类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>即将进行的面谈</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>No meeting planned. Open a client and press “Prepare a meeting”.</source>
        <translation>还没有计划中的面谈。打开一位客户，点击“准备面谈”即可。</translation>
    </message>
    <message>
        <source>Planned and in progress</source>
        <translation>已计划和进行中</translation>
    </message>
    <message>
        <source>‹ All meetings</source>
        <translation>‹ 全部面谈</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month calendar</source>
        <translation>月历</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已超期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n 项待跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n 项待办</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n 场面谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n 项已完成</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>没有安排</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>休</translation>
    </message>
    <message>
        <source>Work day</source>
        <translation>班</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>NewFollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>新建跟进</translation>
    </message>
    <message>
        <source>Name, pinyin (zs) or phone</source>
        <translation>姓名、拼音（zs）或电话</translation>
    </message>
    <message>
        <source>Find the client</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>符合条件的客户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>跟进内容</translation>
    </message>
    <message>
        <source>e.g. Send the fund factsheet</source>
        <translation>例如 发送基金产品资料</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>指定时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <source>Choose the client first: type a name, then pick it in the list.</source>
        <translation>请先选择客户：输入姓名，再从列表中选取。</translation>
    </message>
    <message>
        <source>Say what to do, in a few words.</source>
        <translation>请简要写明要做什么。</translation>
    </message>
</context>
<context>
    <name>ObjectionRow</name>
    <message>
        <source>Your response</source>
        <translation>您的回应</translation>
    </message>
    <message>
        <source>Response to the objection</source>
        <translation>对异议的回应</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
</context>
<context>
    <name>PortfolioDashboard</name>
    <message>
        <source>Clients by tier</source>
        <translation>各等级客户数</translation>
    </message>
    <message>
        <source>Assets under management</source>
        <translation>管户资产</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>已开展的面谈</translation>
    </message>
    <message>
        <source>First visits (winning) against keeping clients</source>
        <translation>初次拜访（获客）与客户维护对比</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>已完成的跟进</translation>
    </message>
    <message>
        <source>On or before the day they were due, or later</source>
        <translation>按时完成（不晚于跟进日期）与超期完成</translation>
    </message>
    <message>
        <source>Client satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Average rating of the month&apos;s meetings, 1-5</source>
        <translation>当月面谈的平均评分（1–5 分）</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>还没有客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n active client(s)</source>
        <translation>
            <numerusform>%n 位当前客户</numerusform>
        </translation>
    </message>
    <message>
        <source>The trend starts today: every client&apos;s assets are noted once a day, and a line appears here after the first month.</source>
        <translation>趋势从今天开始记录：每位客户的资产每天记录一次，满一个月后这里会显示趋势线。</translation>
    </message>
    <message>
        <source>Total at each month&apos;s last snapshot, in %1</source>
        <translation>每月最后一次记录的合计，单位：%1</translation>
    </message>
    <message>
        <source>No meeting held in the last twelve months.</source>
        <translation>过去十二个月没有开展面谈。</translation>
    </message>
    <message>
        <source>Keeping clients</source>
        <translation>客户维护</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>初次拜访</translation>
    </message>
    <message>
        <source>%1 first visits to win clients, %2 meetings to keep them</source>
        <translation>初次拜访获客 %1 次，维护客户面谈 %2 次</translation>
    </message>
    <message>
        <source>No follow-up done in the last twelve months.</source>
        <translation>过去十二个月没有完成的跟进。</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>%1% done on time, counted in the month they were due</source>
        <translation>按时完成率 %1%，按跟进日期所在月份统计</translation>
    </message>
    <message>
        <source>No meeting was rated in the last twelve months.</source>
        <translation>过去十二个月没有面谈评分。</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
    <message numerus="yes">
        <source>Average rating of the month, 1 to 5; %1 over %n rated meeting(s)</source>
        <translation>
            <numerusform>当月平均评分（1 到 5 分）；%n 场已评分面谈的总平均为 %1 分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <source>The client at a glance</source>
        <translation>客户概览</translation>
    </message>
    <message>
        <source>Maturities coming up</source>
        <translation>即将到期的产品</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>上次面谈</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>未完成的跟进</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>e.g. the branch&apos;s VIP room, the client&apos;s office</source>
        <translation>例如 网点贵宾室、客户办公室</translation>
    </message>
    <message>
        <source>One objective a line, one to three in all</source>
        <translation>每行一个目标，共一到三个</translation>
    </message>
    <message>
        <source>One question a line</source>
        <translation>每行一个问题</translation>
    </message>
    <message>
        <source>What you mean to say, in the client&apos;s words</source>
        <translation>想讲的要点，用客户听得懂的话来写</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>面谈类型</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Prepared questions</source>
        <translation>准备好的问题</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>面谈计划</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Suggested approach</source>
        <translation>建议的沟通方式</translation>
    </message>
    <message>
        <source>Questioning style</source>
        <translation>提问方式</translation>
    </message>
    <message>
        <source>Direct or tactful</source>
        <translation>直接或委婉</translation>
    </message>
    <message>
        <source>Opening topics</source>
        <translation>开场话题</translation>
    </message>
    <message>
        <source>Products to present</source>
        <translation>拟介绍的产品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Questions and talking points</source>
        <translation>问题与谈话要点</translation>
    </message>
    <message>
        <source>Before you go</source>
        <translation>面谈前确认</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>开始面谈</translation>
    </message>
    <message>
        <source>Risk profile %1</source>
        <translation>风险等级 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets %1</source>
        <translation>资产 %1</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>生活习惯</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>关注点</translation>
    </message>
    <message>
        <source>Mindset</source>
        <translation>心态</translation>
    </message>
    <message>
        <source>None in the next 90 days.</source>
        <translation>未来 90 天内没有到期产品。</translation>
    </message>
    <message>
        <source>No earlier meeting recorded.</source>
        <translation>此前没有面谈记录。</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>没有未完成的跟进。</translation>
    </message>
    <message>
        <source>Suggested: %1, %2.</source>
        <translation>建议：%1，%2。</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Ask about what matters to the client now.</source>
        <translation>问问客户眼下最关心什么。</translation>
    </message>
    <message>
        <source>Skipped last time with this client: %1</source>
        <translation>上次与该客户面谈时没做到：%1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Exception for %1…</source>
        <translation>为 %1 登记例外…</translation>
    </message>
    <message>
        <source>The client asks for it themselves: record the exception</source>
        <translation>客户主动要求购买：登记例外</translation>
    </message>
    <message>
        <source>Exception recorded for %1</source>
        <translation>已为 %1 登记例外</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first rows of the file and what each column becomes.</source>
        <translation>文件的前几行，以及每一列将导入为哪一项。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>Not imported (columns RM Coach does not know): %1</source>
        <translation>不导入（RM Coach 无法识别的列）：%1</translation>
    </message>
    <message>
        <source>Recognised but not stored yet: %1</source>
        <translation>已识别但暂不保存的列：%1</translation>
    </message>
</context>
<context>
    <name>ProductCatalogue</name>
    <message>
        <source>Product catalogue</source>
        <translation>产品库</translation>
    </message>
    <message>
        <source>The products you offer, with the bank&apos;s risk level: meeting plans check them against each client&apos;s risk assessment.</source>
        <translation>您在售的产品及银行评定的风险等级：制定面谈计划时，会据此核对每位客户的风险评估结果。</translation>
    </message>
    <message>
        <source>Show withdrawn products</source>
        <translation>显示已停售产品</translation>
    </message>
    <message>
        <source>No products yet. Import the bank&apos;s list from a CSV file, or add one.</source>
        <translation>产品库还是空的。可从 CSV 文件导入银行的产品清单，或逐个添加。</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>新增产品…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Withdraw from sale</source>
        <translation>停售</translation>
    </message>
    <message>
        <source>Stop offering it; meetings that name it still find its kind and risk.</source>
        <translation>不再向客户推荐；提及该产品的面谈仍能查到其类型和风险等级。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Add and update products from the bank&apos;s list (CSV, Chinese or English headers)</source>
        <translation>从银行的产品清单新增或更新产品（CSV 文件，表头可用中文或英文）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) on sale</source>
        <translation>
            <numerusform>在售产品 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 withdrawn</source>
        <translation>，已停售 %1 个</translation>
    </message>
    <message>
        <source>Put back on sale</source>
        <translation>恢复在售</translation>
    </message>
    <message>
        <source>Delete the product?</source>
        <translation>删除该产品？</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the catalogue? Meeting records keep its name and risk, but new checks will no longer find its kind. If the bank has only stopped selling it, withdraw it from sale instead.</source>
        <translation>确定从产品库中删除“%1”（%2）吗？面谈记录仍保留其名称和风险等级，但今后的核对将查不到它的产品类型。如果银行只是停止销售，请改用“停售”。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>导入产品</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>New product</source>
        <translation>新增产品</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <source>e.g. 稳享90天</source>
        <translation>例如：稳享90天</translation>
    </message>
    <message>
        <source>as the bank lists it, e.g. WX90-01</source>
        <translation>与银行产品清单一致，例如：WX90-01</translation>
    </message>
    <message>
        <source>(choose the bank&apos;s rating)</source>
        <translation>（请选择银行评定的风险等级）</translation>
    </message>
    <message>
        <source>in yuan, e.g. 10,000 or 1万</source>
        <translation>单位为元，例如：10,000 或 1万</translation>
    </message>
    <message>
        <source>e.g. 90 days closed, open each quarter, T+1</source>
        <translation>例如：封闭 90 天、每季度开放、T+1</translation>
    </message>
    <message>
        <source>e.g. 0.3% a year, no redemption fee</source>
        <translation>例如：年费率 0.3%，无赎回费</translation>
    </message>
    <message>
        <source>as the bank publishes it, with its period, e.g. 4.1% over the last year</source>
        <translation>按银行公布的口径填写并注明期间，例如：近一年 4.1%</translation>
    </message>
    <message>
        <source>On sale: offered to clients</source>
        <translation>在售：可向客户推荐</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>产品代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>起购金额</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>流动性</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>Past performance</source>
        <translation>过往业绩</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>保存前还有 %n 处需要修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductImportReport</name>
    <message>
        <source>Nothing imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>没有导入任何产品。%1</translation>
    </message>
    <message>
        <source>Products imported</source>
        <translation>产品导入结果</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) added.</source>
        <translation>
            <numerusform>新增产品 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) updated (same code).</source>
        <translation>
            <numerusform>更新产品 %n 个（产品代码相同）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; they are listed below. Correct them in the file and import it again: products already imported are updated, not doubled.</source>
        <translation>
            <numerusform>有 %n 行未导入，详见下表。请在文件中改正后重新导入：已导入的产品会按代码更新，不会重复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1</source>
        <translation>未读取的列：%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ProductMark</name>
    <message>
        <source>Exception on record</source>
        <translation>已登记例外</translation>
    </message>
    <message>
        <source>Unsuitable</source>
        <translation>不适合</translation>
    </message>
    <message>
        <source>An exception is on record for this meeting: it may be sold.</source>
        <translation>本次面谈已登记例外，可以销售。</translation>
    </message>
    <message>
        <source>It cannot be marked as sold without an exception on record.</source>
        <translation>未登记例外，不能标记为已成交。</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>起购金额</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>流动性</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已停售</translation>
    </message>
</context>
<context>
    <name>RadarModel</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Prepare a meeting with %1</source>
        <translation>准备与 %1 的面谈</translation>
    </message>
    <message>
        <source>Prepare ›</source>
        <translation>准备 ›</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Due now: %1</source>
        <translation>现在该跟进：%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n 项跟进到时间了</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1, %2, %3.</source>
        <translation>今天：%1，%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已超期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n 项今天待跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more this week</source>
        <translation>
            <numerusform>本周另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Next meeting: %1, %2.</source>
        <translation>下次面谈：%1，%2。</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>今日概览</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>The book is damaged</source>
        <translation>客户库已损坏</translation>
    </message>
    <message>
        <source>The book “%1” is damaged and cannot be opened.</source>
        <translation>客户库“%1”已损坏，无法打开。</translation>
    </message>
    <message>
        <source>Restore its newest sound backup (from %1)? The damaged file is kept.</source>
        <translation>要恢复它最新的完好备份（%1）吗？损坏的文件会被保留。</translation>
    </message>
    <message>
        <source>The book “%1” is damaged and there is no backup of it.</source>
        <translation>客户库“%1”已损坏，并且没有它的备份。</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>备份的密码</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>That passphrase does not open the backups. Check it and try again.</source>
        <translation>这个密码打不开这些备份。请检查后重试。</translation>
    </message>
    <message>
        <source>None of the backups could be used: each one is damaged or locked.</source>
        <translation>没有可用的备份：每一份都已损坏或无法解锁。</translation>
    </message>
    <message>
        <source>Restoring failed: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
</context>
<context>
    <name>SaleExceptionDialog</name>
    <message>
        <source>Record an exception</source>
        <translation>登记例外</translation>
    </message>
    <message>
        <source>%1 (%2) is above the client&apos;s risk level. It may be sold only at the client&apos;s own request, after the special written risk warning, with your supervisor&apos;s approval.</source>
        <translation>%1（%2）高于客户的风险等级。只有在客户主动要求、已作出专门的书面风险提示并经主管批准后，方可销售。</translation>
    </message>
    <message>
        <source>What the client said, in their words</source>
        <translation>按客户的原话记录其要求</translation>
    </message>
    <message>
        <source>The client&apos;s request</source>
        <translation>客户的要求</translation>
    </message>
    <message>
        <source>The written risk warning was given and signed</source>
        <translation>已作出书面风险提示，客户已签字</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>The supervisor who approved it</source>
        <translation>批准本次例外的主管</translation>
    </message>
    <message>
        <source>Client&apos;s request</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <source>Record the exception</source>
        <translation>登记例外</translation>
    </message>
    <message>
        <source>Write down the client&apos;s request in their own words.</source>
        <translation>请按客户的原话写下其要求。</translation>
    </message>
    <message>
        <source>Name the supervisor who approved it.</source>
        <translation>请填写批准本次例外的主管姓名。</translation>
    </message>
    <message>
        <source>The special written risk warning must be given first.</source>
        <translation>须先向客户作出专门的书面风险提示。</translation>
    </message>
    <message>
        <source>The product is suitable: no exception is needed.</source>
        <translation>该产品适合客户，无需登记例外。</translation>
    </message>
    <message>
        <source>No exception may be recorded: %1</source>
        <translation>不能登记例外：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>This book: tier names</source>
        <translation>本客户库：客户等级名称</translation>
    </message>
    <message>
        <source>Name of tier %1</source>
        <translation>客户等级“%1”的名称</translation>
    </message>
    <message>
        <source>This book: meeting playbook</source>
        <translation>本客户库：面谈手册</translation>
    </message>
    <message>
        <source>Use the bank&apos;s own playbook file…</source>
        <translation>使用本行的面谈手册文件…</translation>
    </message>
    <message>
        <source>Use the default playbook</source>
        <translation>使用默认面谈手册</translation>
    </message>
    <message>
        <source>This book: protection</source>
        <translation>本客户库：安全保护</translation>
    </message>
    <message>
        <source>A passphrase encrypts the whole book and its backups; the book locks after 5 minutes without use.</source>
        <translation>设置密码后，整个客户库及其备份都会加密；5 分钟无操作后，客户库会自动锁定。</translation>
    </message>
    <message>
        <source>Encryption and passphrase…</source>
        <translation>加密与密码…</translation>
    </message>
    <message>
        <source>This book: products</source>
        <translation>本客户库：产品库</translation>
    </message>
    <message>
        <source>The products you offer and their risk levels, kept by hand or imported from the bank&apos;s list; meeting plans check them against each client&apos;s assessment.</source>
        <translation>您在售的产品及其风险等级，可手动维护，也可从银行产品清单导入；制定面谈计划时会据此核对每位客户的风险评估。</translation>
    </message>
    <message>
        <source>Product catalogue…</source>
        <translation>产品库…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Meetings follow: %1</source>
        <translation>面谈依据：%1</translation>
    </message>
    <message>
        <source>Meetings follow the default playbook, built from the training outline.</source>
        <translation>面谈依据默认面谈手册，手册根据培训大纲编写。</translation>
    </message>
    <message>
        <source>Choose a playbook</source>
        <translation>选择面谈手册</translation>
    </message>
    <message>
        <source>Playbook (*.toml)</source>
        <translation>面谈手册 (*.toml)</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>1  Prepare</source>
        <translation>1  准备</translation>
    </message>
    <message>
        <source>2  Meet</source>
        <translation>2  面谈</translation>
    </message>
    <message>
        <source>3  Wrap-up</source>
        <translation>3  总结</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Checking for new follow-ups…</source>
        <translation>正在检查新的跟进事项…</translation>
    </message>
    <message>
        <source>Check for new</source>
        <translation>检查新事项</translation>
    </message>
    <message>
        <source>Look for maturities, birthdays and clients due for a contact</source>
        <translation>查找即将到期的产品、临近的生日和该联系的客户</translation>
    </message>
    <message>
        <source>Check for new follow-ups</source>
        <translation>检查新的跟进事项</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>新建跟进</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>下次面谈</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Prepare the next meeting</source>
        <translation>准备下次面谈</translation>
    </message>
    <message>
        <source>Follow-ups and meetings</source>
        <translation>跟进与面谈</translation>
    </message>
    <message>
        <source>Nothing is due this week. A good moment to call a client you miss.</source>
        <translation>本周没有待跟进的事项。正好给一位许久未联系的客户打个电话。</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <source>Loading them all…</source>
        <translation>正在加载全部…</translation>
    </message>
    <message>
        <source>Nothing new: everything due is already listed.</source>
        <translation>没有新事项：该跟进的都已列出。</translation>
    </message>
    <message numerus="yes">
        <source>%n new follow-up(s) added.</source>
        <translation>
            <numerusform>已添加 %n 项新的跟进。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln older overdue item(s) not shown · Show all</source>
        <translation>
            <numerusform>还有 %Ln 项更早的超期事项未显示 · 全部显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else due today.</source>
        <translation>今天没有其他待跟进的事项。</translation>
    </message>
    <message>
        <source>Nothing planned for the next seven days.</source>
        <translation>未来七天没有安排。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more item(s) this week not shown · Show all</source>
        <translation>
            <numerusform>本周还有 %Ln 项未显示 · 全部显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln 项已超期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln 项今天待跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln this week</source>
        <translation>
            <numerusform>本周 %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln 场面谈</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting planned</source>
        <translation>暂无面谈安排</translation>
    </message>
    <message>
        <source>Plan one from a client&apos;s page.</source>
        <translation>可在客户页面中安排一次。</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>已添加：%1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the book</source>
        <translation>解锁客户库</translation>
    </message>
    <message>
        <source>The book “%1” is encrypted. Enter its passphrase to open it.</source>
        <translation>客户库“%1”已加密。请输入密码打开它。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>正在核对密码…</translation>
    </message>
    <message>
        <source>That passphrase does not open this book. Check it and try again.</source>
        <translation>这个密码打不开此客户库。请检查后重试。</translation>
    </message>
</context>
<context>
    <name>ValueGrid</name>
    <message>
        <source>Value and loyalty</source>
        <translation>价值与忠诚度</translation>
    </message>
    <message>
        <source>High
value</source>
        <translation>价值
高</translation>
    </message>
    <message>
        <source>Lower
value</source>
        <translation>价值
较低</translation>
    </message>
    <message>
        <source>Low loyalty</source>
        <translation>忠诚度低</translation>
    </message>
    <message>
        <source>High loyalty</source>
        <translation>忠诚度高</translation>
    </message>
    <message numerus="yes">
        <source>%n active client(s); hover a cell for what to do</source>
        <translation>
            <numerusform>共 %n 位当前客户；鼠标停在格子上可查看建议做法</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to RM Coach</source>
        <translation>欢迎使用 RM Coach</translation>
    </message>
    <message>
        <source>Your client book is empty. Add your first client, or open a sample book of 300 made-up clients to look around first. The sample is a separate file: nothing of it enters your own book.</source>
        <translation>您的客户库还是空的。请添加第一位客户，或先打开一个含 300 位虚构客户的示例客户库看看。示例客户库是单独的文件，其中的内容不会进入您自己的客户库。</translation>
    </message>
    <message>
        <source>Add my first client</source>
        <translation>添加第一位客户</translation>
    </message>
    <message>
        <source>Open a sample book</source>
        <translation>打开示例客户库</translation>
    </message>
    <message>
        <source>Protect it with a passphrase…</source>
        <translation>设置密码保护…</translation>
    </message>
    <message>
        <source>Encrypt this book with a passphrase</source>
        <translation>用密码加密此客户库</translation>
    </message>
    <message>
        <source>Your book holds clients&apos; personal data. A passphrase encrypts it on this computer and in its backups.</source>
        <translation>您的客户库中有客户的个人信息。设置密码后，本机上的客户库及其备份都会加密。</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Import clients from Excel</source>
        <translation>从 Excel 导入客户</translation>
    </message>
</context>
<context>
    <name>WrapUpView</name>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The client&apos;s real intent</source>
        <translation>客户的真实意图</translation>
    </message>
    <message>
        <source>What was agreed, in a few lines</source>
        <translation>谈妥了什么，简要写几行</translation>
    </message>
    <message>
        <source>Client satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <source>Next contact on</source>
        <translation>下次联系日期</translation>
    </message>
    <message>
        <source>Finish and save the record</source>
        <translation>完成并保存记录</translation>
    </message>
    <message>
        <source>Real intent</source>
        <translation>真实意图</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>面谈情况</translation>
    </message>
    <message>
        <source>Your own rating of each phase</source>
        <translation>您对各环节的自评</translation>
    </message>
    <message>
        <source>Suggested from open objections and promised material: untick what you don&apos;t need.</source>
        <translation>根据未解决的异议和答应提供的资料建议的跟进事项：不需要的请取消勾选。</translation>
    </message>
    <message>
        <source>The sale cannot be marked as made:</source>
        <translation>不能标记为已成交：</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>请写明要做什么。</translation>
    </message>
    <message>
        <source>Give a due date, e.g. 2026-12-01.</source>
        <translation>请填写跟进日期，例如 2026-12-01。</translation>
    </message>
    <message>
        <source>Some follow-ups need a title or a due date.</source>
        <translation>有的跟进事项缺少内容或跟进日期。</translation>
    </message>
</context>
<context>
    <name>coach</name>
    <message>
        <source>First visit (acquisition)</source>
        <translation>初次拜访（获客）</translation>
    </message>
    <message>
        <source>Regular review (retention)</source>
        <translation>定期回访（维护）</translation>
    </message>
    <message>
        <source>Product presentation</source>
        <translation>产品介绍</translation>
    </message>
    <message>
        <source>Maturity reinvestment</source>
        <translation>到期再投资</translation>
    </message>
    <message>
        <source>Complaint and service recovery</source>
        <translation>投诉处理与服务补救</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>开放式提问</translation>
    </message>
    <message>
        <source>Closed questions</source>
        <translation>封闭式提问</translation>
    </message>
    <message>
        <source>Guided questions</source>
        <translation>引导式提问</translation>
    </message>
    <message>
        <source>asked directly</source>
        <translation>直接询问</translation>
    </message>
    <message>
        <source>asked tactfully</source>
        <translation>委婉询问</translation>
    </message>
    <message>
        <source>Agreed to go ahead</source>
        <translation>同意办理</translation>
    </message>
    <message>
        <source>Interested, thinking it over</source>
        <translation>有意向，还在考虑</translation>
    </message>
    <message>
        <source>Needs a follow-up</source>
        <translation>需要跟进</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>暂不接受</translation>
    </message>
    <message>
        <source>Relationship visit, no sale meant</source>
        <translation>关系维护，不以销售为目的</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话联系</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Send material</source>
        <translation>发送资料</translation>
    </message>
    <message>
        <source>Product maturity</source>
        <translation>产品到期</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>生日问候</translation>
    </message>
    <message>
        <source>Service review</source>
        <translation>服务回访</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>已推迟</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>never</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>Retain</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>发展</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>High value, high loyalty</source>
        <translation>高价值、高忠诚度</translation>
    </message>
    <message>
        <source>High value, low loyalty</source>
        <translation>高价值、低忠诚度</translation>
    </message>
    <message>
        <source>Lower value, high loyalty</source>
        <translation>价值较低、高忠诚度</translation>
    </message>
    <message>
        <source>Lower value, low loyalty</source>
        <translation>价值较低、低忠诚度</translation>
    </message>
    <message>
        <source>Keep them close: your best terms and regular reviews.</source>
        <translation>保持密切联系：给予最优惠的条件，定期回访。</translation>
    </message>
    <message>
        <source>Deepen the relationship before they drift: reviews, not discounts.</source>
        <translation>趁客户还没流失，加深关系：靠定期回访，而不是靠让利。</translation>
    </message>
    <message>
        <source>Loyal already: help them bring more of their business to the bank.</source>
        <translation>客户已有忠诚度：帮助他们把更多业务放到本行。</translation>
    </message>
    <message>
        <source>Standard service, at a sensible cost of your time.</source>
        <translation>提供标准服务，合理安排您的时间投入。</translation>
    </message>
    <message>
        <source>Fee discount %1%</source>
        <translation>费率优惠 %1%</translation>
    </message>
    <message>
        <source>Fee discount %1–%2%</source>
        <translation>费率优惠 %1%–%2%</translation>
    </message>
    <message>
        <source>Money maturing</source>
        <translation>资金即将到期</translation>
    </message>
    <message>
        <source>Assets falling</source>
        <translation>资产下降</translation>
    </message>
    <message>
        <source>Satisfaction falling</source>
        <translation>满意度下降</translation>
    </message>
    <message>
        <source>Overdue for contact</source>
        <translation>联系已超期</translation>
    </message>
    <message numerus="yes">
        <source>%1 matures on %2 (in %n day(s))</source>
        <translation>
            <numerusform>%1 将于 %2 到期（还有 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %3 products, the first on %2 (in %n day(s))</source>
        <translation>
            <numerusform>%3 个产品共 %1 即将到期，最早一笔于 %2 到期（还有 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Down %1% since %2: %3 → %4</source>
        <translation>自 %2 以来下降 %1%：%3 → %4</translation>
    </message>
    <message>
        <source>Last rating %1 of 5; %2 on average before</source>
        <translation>最近一次评分 %1 分（满分 5 分），此前平均 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>Last contact %1; every %2 days; %n day(s) overdue</source>
        <translation>
            <numerusform>上次联系 %1；每 %2 天联系一次；已超期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not contacted yet; every %2 days; %n day(s) overdue</source>
        <translation>
            <numerusform>尚未联系；每 %2 天联系一次；已超期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Promises certainty</source>
        <translation>做出绝对化承诺</translation>
    </message>
    <message>
        <source>Commits too much</source>
        <translation>承诺过多</translation>
    </message>
    <message>
        <source>Banking jargon</source>
        <translation>银行术语</translation>
    </message>
    <message>
        <source>“I” where “we” fits</source>
        <translation>该说“我们”时说了“我”</translation>
    </message>
    <message>
        <source>Puts on pressure</source>
        <translation>向客户施压</translation>
    </message>
    <message>
        <source>Promises returns</source>
        <translation>承诺收益</translation>
    </message>
    <message>
        <source>States an expected return</source>
        <translation>宣称预期收益</translation>
    </message>
    <message>
        <source>Likens it to a deposit</source>
        <translation>将产品比作存款</translation>
    </message>
    <message>
        <source>Quotes past performance</source>
        <translation>引用过往业绩</translation>
    </message>
    <message>
        <source>Implies it is safe</source>
        <translation>暗示产品安全</translation>
    </message>
    <message>
        <source>Advice without suitability</source>
        <translation>建议缺少适当性依据</translation>
    </message>
    <message>
        <source>Personal data in notes</source>
        <translation>备注含个人信息</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How the scores are made&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;评分怎么算&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every client gets three scores from 0 to 100, worked out from your own book each time you open this page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每位客户有三项评分，分值 0 到 100，每次打开本页时根据您自己的客户库计算。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Contribution&lt;/b&gt;: what the client brings to the bank. Up to 60 points for assets (20 for each tenfold above ¥10,000, so ¥100,000 gives 20 and ¥10 million gives 60), 5 for each kind of product held (up to 25) and 3 for each full year as a client (up to 15).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;贡献度&lt;/b&gt;：客户给银行带来的价值。资产最多 60 分（在 ¥10,000 的基础上每增加十倍得 20 分，即 ¥100,000 得 20 分，¥1,000 万得 60 分）；每持有一类产品得 5 分（最多 25 分）；成为客户每满一年得 3 分（最多 15 分）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Loyalty&lt;/b&gt;: whether the client stays and comes back. 5 points for each full year (up to 25), 5 for each product held (up to 20), up to 30 for reinvesting what matured in the past year (a new product or an agreement in a maturity meeting within 30 days; half marks when nothing matured), and up to 25 for answering your contact: 15 for the share of follow-ups done (half marks when none were due) and 5 for each meeting, up to 2. Years alone give at most a quarter: habit is not loyalty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;忠诚度&lt;/b&gt;：客户是否留下来、是否回头。每满一年得 5 分（最多 25 分）；每持有一个产品得 5 分（最多 20 分）；过去一年到期资金的再投资最多 30 分（30 天内购买新产品，或在到期面谈中谈妥；没有到期资金时得一半分）；回应您的联系最多 25 分：按已完成跟进的比例最多得 15 分（没有到期的跟进时得一半分），每场面谈得 5 分，最多计 2 场。仅凭年限最多只能得四分之一的分数：习惯不等于忠诚。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Satisfaction&lt;/b&gt;: how the client rated your meetings (1 to 5) in the past year, or the last rating if older, turned into 0 to 100. Satisfaction alone does not keep a client: loyalty does.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;满意度&lt;/b&gt;：客户在过去一年对您面谈的评分（1 到 5 分），若没有则取更早的最近一次评分，换算为 0 到 100 分。光有满意度留不住客户，靠的是忠诚度。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The grid&lt;/b&gt;: from 50 points a client counts as of high value or of high loyalty. &lt;b&gt;Retain&lt;/b&gt; the high-value loyal clients with your best terms; &lt;b&gt;develop&lt;/b&gt; the high-value clients who are not yet loyal; &lt;b&gt;grow&lt;/b&gt; the loyal clients of lower value; &lt;b&gt;maintain&lt;/b&gt; the rest with standard service. The fee-discount range of each cell is a book setting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;价值矩阵&lt;/b&gt;：得分达到 50 分即视为高价值或高忠诚度。对高价值、高忠诚度的客户，以最优惠的条件&lt;b&gt;保持&lt;/b&gt;；对高价值但尚未形成忠诚度的客户，重点&lt;b&gt;发展&lt;/b&gt;；对忠诚度高但价值较低的客户，着力&lt;b&gt;提升&lt;/b&gt;；其余客户以标准服务&lt;b&gt;维护&lt;/b&gt;。每个格子的费率优惠区间在客户库设置中设定。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Retention radar&lt;/b&gt;: money maturing in the next 30 days; assets down 10% or more on 90 days before; a last rating at least 1 below the client&apos;s earlier average; and high-value clients not contacted within their tier&apos;s contact cadence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;流失预警&lt;/b&gt;：未来 30 天内有资金到期；资产比 90 天前下降 10% 或以上；最近一次评分比客户此前的平均分低 1 分或以上；高价值客户未按其客户等级的联系频率得到联系。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Private</source>
        <translation>私行</translation>
    </message>
    <message>
        <source>Wealth</source>
        <translation>财富</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>大众</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>At the branch</source>
        <translation>网点面谈</translation>
    </message>
    <message>
        <source>Direct: point first, decides fast</source>
        <translation>直接型：开门见山，决策快</translation>
    </message>
    <message>
        <source>Analytical: wants figures, decides slowly</source>
        <translation>分析型：看重数据，决策慢</translation>
    </message>
    <message>
        <source>Amiable: relationship first, dislikes pressure</source>
        <translation>亲和型：重视关系，不喜欢被催促</translation>
    </message>
    <message>
        <source>Expressive: talkative, enjoys ideas</source>
        <translation>表达型：健谈，喜欢新想法</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>存款</translation>
    </message>
    <message>
        <source>Wealth product</source>
        <translation>理财产品</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Structured deposit</source>
        <translation>结构性存款</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>债券</translation>
    </message>
    <message>
        <source>Precious metal</source>
        <translation>贵金属</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Enter a Chinese or an English name.</source>
        <translation>请填写中文或英文姓名。</translation>
    </message>
    <message>
        <source>Not a phone number: a mobile has 11 digits, a landline needs its area code, a foreign number starts with +.</source>
        <translation>电话号码格式不对：手机号为 11 位，固定电话需加区号，境外号码以 + 开头。</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.com).</source>
        <translation>邮箱格式不对（例如 name@example.com）。</translation>
    </message>
    <message>
        <source>Not a date. Type it as 2024-03-05, 2024/3/5 or 2024年3月5日.</source>
        <translation>日期格式不对。请按 2024-03-05、2024/3/5 或 2024年3月5日 的格式填写。</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This date is before 1900.</source>
        <translation>日期不能早于 1900 年。</translation>
    </message>
    <message>
        <source>Not an amount. Type it as 1,250,000 or 125万.</source>
        <translation>金额格式不对。请按 1,250,000 或 125万 的格式填写。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大，请核对。</translation>
    </message>
    <message>
        <source>Use only letters, digits and - _ / in a client number.</source>
        <translation>客户号只能使用字母、数字和 - _ / 这几个符号。</translation>
    </message>
    <message>
        <source>Client number %1 already belongs to another client.</source>
        <translation>客户号 %1 已属于另一位客户。</translation>
    </message>
    <message>
        <source>The maturity date is before the start date.</source>
        <translation>到期日早于起始日。</translation>
    </message>
    <message>
        <source>Give the product a name.</source>
        <translation>请填写产品名称。</translation>
    </message>
    <message>
        <source>Give the household member a name.</source>
        <translation>请填写家庭成员的姓名。</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>内容过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Contains a control character (such as NUL) that text cannot hold.</source>
        <translation>含有文本不能包含的控制字符（如 NUL）。</translation>
    </message>
    <message>
        <source>A client cannot refer themselves.</source>
        <translation>客户不能转介绍自己。</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
    <message>
        <source>A meeting cannot move to another client.</source>
        <translation>面谈不能转到其他客户名下。</translation>
    </message>
    <message>
        <source>The duration must be between 1 and %1 minutes.</source>
        <translation>时长须在 1 到 %1 分钟之间。</translation>
    </message>
    <message>
        <source>The time needs a time zone.</source>
        <translation>时间需要带时区。</translation>
    </message>
    <message>
        <source>This is not an item of the playbook.</source>
        <translation>面谈手册中没有这一项。</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>满意度按 1 到 5 分评定。</translation>
    </message>
    <message>
        <source>Ratings go from 1 to 5.</source>
        <translation>评分范围为 1 到 5 分。</translation>
    </message>
    <message>
        <source>%1 is not a phase of the meeting.</source>
        <translation>“%1”不是面谈的环节。</translation>
    </message>
    <message>
        <source>%1 is rated twice.</source>
        <translation>“%1”重复评分了。</translation>
    </message>
    <message>
        <source>Give the follow-up a due date.</source>
        <translation>请为跟进事项填写跟进日期。</translation>
    </message>
    <message>
        <source>This date cannot be before today.</source>
        <translation>日期不能早于今天。</translation>
    </message>
    <message>
        <source>A follow-up from this meeting must be for the meeting&apos;s client.</source>
        <translation>这次面谈的跟进事项只能对应本次面谈的客户。</translation>
    </message>
    <message>
        <source>Say what the client consented to, as on the form.</source>
        <translation>请照同意书填写客户同意的事项。</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on %1.</source>
        <translation>该授权同意已于%1撤回。</translation>
    </message>
    <message>
        <source>This is before the day the consent was given (%1).</source>
        <translation>该日期早于授权同意的签署日期（%1）。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is larger than 256 MB. Split it into parts.</source>
        <translation>文件超过 256 MB。请拆分成几个文件后再导入。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. In Excel, save it as “CSV UTF-8”.</source>
        <translation>文件编码既不是 UTF-8，也不是 GB18030。请在 Excel 中另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>文件是空的：没有表头行。</translation>
    </message>
    <message>
        <source>This is not a CSV file (line %1).</source>
        <translation>这不是 CSV 文件（第 %1 行）。</translation>
    </message>
    <message>
        <source>The file has no name column. Name one column 姓名 (or name, 中文名, 英文名).</source>
        <translation>文件中没有姓名列。请将其中一列命名为“姓名”（或 name、中文名、英文名）。</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” mean the same thing. Keep one of them.</source>
        <translation>“%1”和“%2”两列含义相同。请只保留其中一列。</translation>
    </message>
    <message>
        <source>This book was saved by a newer version of RM Coach. Update the app to open it; the book has not been changed.</source>
        <translation>此客户库由更新版本的 RM Coach 保存。请先升级应用再打开；客户库未做任何改动。</translation>
    </message>
    <message>
        <source>The book is damaged. Restore it from a backup.</source>
        <translation>客户库已损坏。请从备份中恢复。</translation>
    </message>
    <message>
        <source>This file is not an RM Coach book. Choose another file.</source>
        <translation>此文件不是 RM Coach 客户库。请选择其他文件。</translation>
    </message>
    <message>
        <source>The book cannot be written. Check the file&apos;s permissions and folder.</source>
        <translation>客户库无法写入。请检查文件权限及所在文件夹。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>磁盘已满。请清理出一些空间后重试。</translation>
    </message>
    <message>
        <source>The book is in use by another program. Close it and try again.</source>
        <translation>客户库正被其他程序占用。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>This book is encrypted. Enter its passphrase to open it.</source>
        <translation>此客户库已加密。请输入密码打开它。</translation>
    </message>
    <message>
        <source>That passphrase does not open this book.</source>
        <translation>这个密码打不开此客户库。</translation>
    </message>
    <message>
        <source>No usable backup of this book was found.</source>
        <translation>没有找到此客户库的可用备份。</translation>
    </message>
    <message>
        <source>The book could not be upgraded to this version. It has been left as it was.</source>
        <translation>客户库无法升级到当前版本，已保持原样。</translation>
    </message>
    <message>
        <source>The book could not be opened.</source>
        <translation>无法打开客户库。</translation>
    </message>
</context>
<context>
    <name>products</name>
    <message>
        <source>Public wealth product</source>
        <translation>公募理财</translation>
    </message>
    <message>
        <source>Private wealth product</source>
        <translation>私募理财</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Structured deposit</source>
        <translation>结构性存款</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>债券</translation>
    </message>
    <message>
        <source>Precious metal</source>
        <translation>贵金属</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>medium-low</source>
        <translation>中低风险</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>medium-high</source>
        <translation>中高风险</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>Give the product its code, as the bank lists it.</source>
        <translation>请填写产品代码，与银行产品清单一致。</translation>
    </message>
    <message>
        <source>Use only letters, digits and - _ . / in a product code.</source>
        <translation>产品代码只能使用字母、数字和 - _ . /</translation>
    </message>
    <message>
        <source>Code %1 already belongs to another product.</source>
        <translation>代码 %1 已被另一个产品使用。</translation>
    </message>
    <message>
        <source>Unknown kind “%1”. Use 公募理财, 私募理财, 基金, 保险, 结构性存款, 债券 or 贵金属 (or wealth_public, fund ...).</source>
        <translation>无法识别的产品类型“%1”。请使用公募理财、私募理财、基金、保险、结构性存款、债券或贵金属（也可用 wealth_public、fund 等）。</translation>
    </message>
    <message>
        <source>Choose the risk level the bank gave this product.</source>
        <translation>请选择银行为该产品评定的风险等级。</translation>
    </message>
    <message>
        <source>Unknown risk level “%1”. Use R1 to R5.</source>
        <translation>无法识别的风险等级“%1”。请使用 R1 至 R5。</translation>
    </message>
    <message>
        <source>The file needs a code column and a name column. Name them 产品代码 and 产品名称 (or code and name).</source>
        <translation>文件需要有产品代码列和产品名称列。请将两列分别命名为“产品代码”和“产品名称”（或 code 和 name）。</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>A direct communicator: closed questions, straight to the point</source>
        <translation>直接型客户：用封闭式提问，开门见山</translation>
    </message>
    <message>
        <source>An analytical client: guided questions backed by facts and figures, asked directly</source>
        <translation>分析型客户：用引导式提问，以事实和数据为依据，直接询问</translation>
    </message>
    <message>
        <source>An amiable client: open questions asked tactfully, relationship first, no pressure</source>
        <translation>亲和型客户：用开放式提问，委婉询问，关系优先，不施加压力</translation>
    </message>
    <message>
        <source>An expressive client: open questions to let them talk, then guided ones to bring the talk back to the point</source>
        <translation>表达型客户：先用开放式提问让客户多谈，再用引导式提问把话题拉回重点</translation>
    </message>
    <message>
        <source>No communication style on record: start open and tactful, and note how the client responds</source>
        <translation>尚未记录沟通风格：先用开放式提问、委婉询问，并留意客户的反应</translation>
    </message>
    <message>
        <source>Works as {occupation}: likely to value facts, so guide the questions with figures</source>
        <translation>职业是{occupation}：可能更看重事实，宜用数据引导提问</translation>
    </message>
    <message>
        <source>A product presentation: guide the questions toward whether the product fits</source>
        <translation>产品介绍：通过提问引导客户判断产品是否适合自己</translation>
    </message>
    <message>
        <source>Money is maturing: guide the questions toward what the client wants to do with it</source>
        <translation>有资金即将到期：通过提问引导客户谈谈这笔资金的打算</translation>
    </message>
    <message>
        <source>A first visit: open questions and a tactful approach let a new client talk and build trust</source>
        <translation>初次拜访：开放式提问、委婉的方式能让新客户愿意开口，逐步建立信任</translation>
    </message>
    <message>
        <source>A complaint to recover from: listen first, ask open questions tactfully, do not argue or sell</source>
        <translation>投诉处理：先倾听，用开放式提问委婉询问，不争辩，不推销</translation>
    </message>
    <message>
        <source>Noted as &apos;{keyword}&apos;: ask tactfully and give the client time to answer</source>
        <translation>资料中记有“{keyword}”：委婉询问，给客户留出回答的时间</translation>
    </message>
    <message>
        <source>The client is {age}: ask tactfully, one question at a time, and confirm they understood</source>
        <translation>客户 {age} 岁：委婉询问，一次只问一个问题，并确认客户已经听明白</translation>
    </message>
    <message>
        <source>Birthday on {date}, in {days} day(s): a warm opener</source>
        <translation>{date} 生日，还有 {days} 天：适合作为暖心的开场话题</translation>
    </message>
    <message>
        <source>{relation} {name} has a birthday on {date}, in {days} day(s)</source>
        <translation>{relation}{name} {date} 生日，还有 {days} 天</translation>
    </message>
    <message>
        <source>Interested in {interest}</source>
        <translation>对{interest}感兴趣</translation>
    </message>
    <message>
        <source>Has a child ({relation} {name}): ask about their studies and plans</source>
        <translation>有子女（{relation}{name}）：可以聊聊孩子的学业和打算</translation>
    </message>
    <message>
        <source>Works as {occupation}: ask how work is going</source>
        <translation>职业是{occupation}：可以问问工作近况</translation>
    </message>
    <message>
        <source>Last contact on {date} ({days} day(s) ago): {summary}</source>
        <translation>最近联系在 {date}（{days} 天前）：{summary}</translation>
    </message>
    <message>
        <source>No contact for {days} days, since {date}: ask what has changed</source>
        <translation>自 {date} 起已 {days} 天没有联系：问问近况有什么变化</translation>
    </message>
    <message>
        <source>{product} matures on {date}, in {days} day(s): ask about plans for it</source>
        <translation>{product}将于 {date} 到期，还有 {days} 天：问问客户对这笔资金的打算</translation>
    </message>
    <message>
        <source>The client&apos;s concern: {concern}. Acknowledge it early</source>
        <translation>客户的关注点：{concern}。宜尽早回应</translation>
    </message>
    <message>
        <source>{product_risk} is within the client&apos;s {risk_profile} profile</source>
        <translation>{product_risk} 在客户风险等级 {risk_profile} 的承受范围内</translation>
    </message>
    <message>
        <source>{product_risk} is riskier than the client&apos;s {risk_profile} profile: do not recommend it</source>
        <translation>{product_risk} 高于客户风险等级 {risk_profile} 的承受范围：请勿推荐</translation>
    </message>
    <message>
        <source>The client has no risk assessment on record: assess before presenting investments</source>
        <translation>客户没有风险评估记录：介绍投资产品前请先做风险评估</translation>
    </message>
    <message>
        <source>The product has no risk rating: check it before presenting</source>
        <translation>产品没有风险评级：介绍前请先核实</translation>
    </message>
    <message>
        <source>Deposits and loans need no risk match</source>
        <translation>存款和贷款无需做风险匹配</translation>
    </message>
</context>
</TS>
