<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name></name>
    <message>
        <source>{names} は、Qoo10の注文メールを読み取りません(API・CSVなどで受け取ります)。これらの会社のために受注メール管理へ登録しても、注文は取り込まれません。</source>
        <translation>{names} do not read Qoo10&apos;s order mails (they receive orders by API, CSV or similar). Registering in Order mail management for these companies does not bring in any orders.</translation>
    </message>
    <message>
        <source>受注</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>在庫</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>注文の受け取り方</source>
        <translation>How orders are received</translation>
    </message>
    <message>
        <source>テンプレートのグループ</source>
        <translation>Template group</translation>
    </message>
    <message>
        <source>出典:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>連動会社一覧(&amp;L)</source>
        <translation>&amp;Integration companies</translation>
    </message>
    <message>
        <source>連動会社ごとの連動内容(受注・在庫・商品)、テンプレートのグループと出典を表示します</source>
        <translation>Shows, for each integration company, what it integrates (orders, stock, products), its template group and the sources</translation>
    </message>
    <message>
        <source>連動会社</source>
        <translation>Integration company</translation>
    </message>
    <message>
        <source>出典</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>出典: {sources}</source>
        <translation>Sources: {sources}</translation>
    </message>
    <message>
        <source>{name}のテンプレートのグループは不明です(出典に書かれていません)。グループは選んでいません。使うグループを{name}に確かめてください。</source>
        <translation>The template group of {name} is not known (its sources do not say). No group was chosen. Ask {name} which group to use.</translation>
    </message>
    <message>
        <source>{name}: テンプレートのグループ「{group}」を選びました。</source>
        <translation>{name}: chose the template group &quot;{group}&quot;.</translation>
    </message>
    <message>
        <source>⚠ 送信先は、前の連動会社「{old}」のアドレスのままです。新しい連動会社「{new}」の受信アドレスに変えてください。</source>
        <translation>⚠ The destination is still the address of the previous integration company &quot;{old}&quot;. Change it to the receiving address of the new integration company &quot;{new}&quot;.</translation>
    </message>
    <message>
        <source>項目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>開いたときの内容</source>
        <translation>When opened</translation>
    </message>
    <message>
        <source>相手の変更</source>
        <translation>Their change</translation>
    </message>
    <message>
        <source>変更した人・日時</source>
        <translation>Changed by / at</translation>
    </message>
    <message>
        <source>あなたの入力</source>
        <translation>Your input</translation>
    </message>
    <message>
        <source>登録番号 {id} は、このフォームで開いた後に、ほかの画面で変更されています。そのため、まだ保存していません。
下の項目を見比べて、どちらを残すか選んでください。</source>
        <translation>Registration {id} was changed on another screen after you opened it in this form, so it has not been saved yet.
Compare the fields below and choose which to keep.</translation>
    </message>
    <message>
        <source>登録番号 {id} は、このフォームで開いた後に、ほかの画面で変更されています。
下の項目を見比べて、どちらを残すか選んでください。</source>
        <translation>Registration {id} was changed on another screen after you opened it in this form.
Compare the fields below and choose which to keep.</translation>
    </message>
    <message>
        <source>{title}: {count}件</source>
        <translation>{title}: {count}</translation>
    </message>
    <message>
        <source>Y: 転送する</source>
        <translation>Y: forward</translation>
    </message>
    <message>
        <source>N: 転送しない(メールが転送されません)</source>
        <translation>N: do not forward (mails are not forwarded)</translation>
    </message>
    <message>
        <source>【参照】でテンプレートを選んでください。</source>
        <translation>Choose a template with [Browse].</translation>
    </message>
    <message>
        <source>登録が完了しました。</source>
        <translation>Registered.</translation>
    </message>
    <message>
        <source>修正が完了しました。</source>
        <translation>Updated.</translation>
    </message>
    <message>
        <source>ほか {count} 件</source>
        <translation>{count} more</translation>
    </message>
    <message>
        <source>テンプレートの詳細にエラーがあります。このまま保存しますか?</source>
        <translation>The template details have errors. Save anyway?</translation>
    </message>
    <message>
        <source>このまま保存する</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>タイトル・送信者・テンプレートの詳細を、カタログのテンプレートの文面に戻しますか?
変更は履歴に残ります。</source>
        <translation>Put the title, sender and template details back to the catalog template&apos;s text?
The change is kept in the history.</translation>
    </message>
    <message>
        <source>保存していないフォームの変更は破棄されます。</source>
        <translation>Unsaved changes in the form will be discarded.</translation>
    </message>
    <message>
        <source>カタログの文面に戻す</source>
        <translation>Back to the catalog text</translation>
    </message>
    <message>
        <source>カタログの文面に戻しました。</source>
        <translation>Put back to the catalog text.</translation>
    </message>
    <message>
        <source>(変更された項目はありませんでした。)</source>
        <translation>(No field was changed.)</translation>
    </message>
    <message>
        <source>タイトル・送信者・テンプレートの詳細が編集されています。
選んだテンプレート({name})の文面に置き換えますか?</source>
        <translation>The title, sender or template details have been edited.
Replace them with the text of the chosen template ({name})?</translation>
    </message>
    <message>
        <source>置き換える</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>今の文面を残す</source>
        <translation>Keep the current text</translation>
    </message>
    <message>
        <source>QSMの文面を貼り付け</source>
        <translation>Paste the QSM text</translation>
    </message>
    <message>
        <source>J・QSMの【参照】→【Confirm】で表示されたQoo10の文面を取り込みます</source>
        <translation>Takes in the Qoo10 text shown by [Browse] → [Confirm] in J·QSM</translation>
    </message>
    <message>
        <source>文面: </source>
        <translation>Text: </translation>
    </message>
    <message>
        <source>QSMの文面を取り込みました。テンプレート番号 {no} の文面として、新しい登録と「カタログの文面に戻す」に使われます。</source>
        <translation>Took in the QSM text. It is used as the text of template number {no} for new registrations and for &quot;Back to the catalog text&quot;.</translation>
    </message>
    <message>
        <source>見本の文面のままだった登録番号 {ids} もQSMの文面にしました(変更履歴に残ります)。</source>
        <translation>Registrations {ids}, which still had the sample text, now have the QSM text too (kept in the history).</translation>
    </message>
    <message>
        <source>この登録の{fields}は、カタログのテンプレート(番号 {no})の文面と違います。</source>
        <translation>The {fields} of this registration differ from the catalog template&apos;s text (number {no}).</translation>
    </message>
    <message>
        <source>一覧をCSVで書き出す</source>
        <translation>Export the list as CSV</translation>
    </message>
    <message>
        <source>お知らせ設定データ.csv</source>
        <translation>notification-settings.csv</translation>
    </message>
    <message>
        <source>CSV ファイル (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>一覧をCSVで書き出す…</source>
        <translation>Export the list as CSV…</translation>
    </message>
    <message>
        <source>表示中の一覧を Excel で開ける CSV ファイルに書き出します</source>
        <translation>Writes the list shown to a CSV file that Excel can open</translation>
    </message>
    <message>
        <source>一覧を印刷…</source>
        <translation>Print the list…</translation>
    </message>
    <message>
        <source>表示中の一覧を印刷します</source>
        <translation>Prints the list shown</translation>
    </message>
    <message>
        <source>CSVを書き出せませんでした。</source>
        <translation>The CSV could not be written.</translation>
    </message>
    <message>
        <source>書き出しました: {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>お知らせ設定データ</source>
        <translation>Notification settings data</translation>
    </message>
    <message>
        <source>一覧を印刷しました。</source>
        <translation>The list was printed.</translation>
    </message>
    <message>
        <source>使い方(&amp;H)</source>
        <translation>&amp;How to use</translation>
    </message>
    <message>
        <source>この画面の使い方を表示します</source>
        <translation>Shows how to use this screen</translation>
    </message>
    <message>
        <source>この指摘の説明(F1)</source>
        <translation>Explain this finding (F1)</translation>
    </message>
    <message>
        <source>選んだ指摘の意味と直し方を、使い方のページで表示します</source>
        <translation>Shows what the chosen finding means and how to fix it, in the manual</translation>
    </message>
    <message>
        <source>QSM Desktop の使い方</source>
        <translation>How to use QSM Desktop</translation>
    </message>
    <message>
        <source>戻る</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>進む</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>目次</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>登録</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>修正</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>送信先の一括変更</source>
        <translation>Change destinations at once</translation>
    </message>
    <message>
        <source>QSMから読み込み</source>
        <translation>Import from QSM</translation>
    </message>
    <message>
        <source>QSMの文面を取り込み</source>
        <translation>Take in the QSM text</translation>
    </message>
    <message>
        <source>J・QSMにログインし、お問い合わせ &gt; 受注メール管理 を開きます。</source>
        <translation>Log in to J·QSM and open お問い合わせ &gt; 受注メール管理 (Inquiries &gt; Order mail management). J·QSM&apos;s own words are given in Japanese, as its screen shows them.</translation>
    </message>
    <message>
        <source>テンプレートの【参照】で お知らせ種類={kind}、テンプレートのグループ={group} を選んで【検索】、テンプレート番号 {no} を選んで【Confirm】</source>
        <translation>With the template&apos;s 【参照】 (Browse), choose notification type = {kind} and template group = {group}, press 【検索】 (Search), then choose template number {no} and press 【Confirm】</translation>
    </message>
    <message>
        <source>{label} にチェックを入れる({before} → Y)</source>
        <translation>Tick {label} ({before} → Y)</translation>
    </message>
    <message>
        <source>{label} のチェックを外す({before} → N)</source>
        <translation>Untick {label} ({before} → N)</translation>
    </message>
    <message>
        <source>{label} にチェックを入れる(Y)</source>
        <translation>Tick {label} (Y)</translation>
    </message>
    <message>
        <source>{label} のチェックは外しておく(N)</source>
        <translation>Leave {label} unticked (N)</translation>
    </message>
    <message>
        <source>{label}を次の内容に書き換える(全文を置き換え)</source>
        <translation>Rewrite {label} as follows (replace the whole text)</translation>
    </message>
    <message>
        <source>{label}に {after} を入力</source>
        <translation>Enter {after} in {label}</translation>
    </message>
    <message>
        <source>{label}を空にする({before} を消す)</source>
        <translation>Empty {label} (delete {before})</translation>
    </message>
    <message>
        <source>{label}を {before} から {after} に変更</source>
        <translation>Change {label} from {before} to {after}</translation>
    </message>
    <message>
        <source>{label} に {after} を入力</source>
        <translation>Enter {after} in {label}</translation>
    </message>
    <message>
        <source>{label} を空にする({before} を消す)</source>
        <translation>Empty {label} (delete {before})</translation>
    </message>
    <message>
        <source>{label} を {before} から {after} に変更</source>
        <translation>Change {label} from {before} to {after}</translation>
    </message>
    <message>
        <source>{label}に「{after}」を入力</source>
        <translation>Enter &quot;{after}&quot; in {label}</translation>
    </message>
    <message>
        <source>{label}を空にする(「{before}」を消す)</source>
        <translation>Empty {label} (delete &quot;{before}&quot;)</translation>
    </message>
    <message>
        <source>{label}を「{before}」から「{after}」に変更</source>
        <translation>Change {label} from &quot;{before}&quot; to &quot;{after}&quot;</translation>
    </message>
    <message>
        <source>{label}をテンプレート番号 {no} の元の文面に戻す(【参照】で同じテンプレートを選び直すと入ります)</source>
        <translation>Put {label} back to the original text of template number {no} (choosing the same template again with 【参照】 (Browse) fills it in)</translation>
    </message>
    <message>
        <source>タイトル・送信者・テンプレートの詳細は【Confirm】で入った文面のまま</source>
        <translation>Keep the title, sender and template details as 【Confirm】 filled them in</translation>
    </message>
    <message>
        <source>{label}は【Confirm】で入った文面のまま</source>
        <translation>Keep {label} as 【Confirm】 filled it in</translation>
    </message>
    <message>
        <source>{label}を次の内容にする(全文を置き換え)</source>
        <translation>Set {label} to the following (replace the whole text)</translation>
    </message>
    <message>
        <source>{label}を「{value}」にする</source>
        <translation>Set {label} to &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>【検索】をクリックし、テンプレート番号 {no}、送信先 {destination} の行が 使用(Y/N)={enabled}、待機(Y/N)={standby} で表示されることを確認</source>
        <translation>Click 【検索】 (Search) and check that the row of template number {no}, destination {destination} shows 使用(Y/N) (Use) = {enabled} and 待機(Y/N) (Standby) = {standby}</translation>
    </message>
    <message>
        <source>(空)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>お問い合わせ &gt; 受注メール管理 で【検索】</source>
        <translation>In お問い合わせ &gt; 受注メール管理 (Inquiries &gt; Order mail management), press 【検索】 (Search)</translation>
    </message>
    <message>
        <source>{target}をダブルクリック</source>
        <translation>Double-click {target}</translation>
    </message>
    <message>
        <source>【修正】をクリック</source>
        <translation>Click 【修正】 (Update)</translation>
    </message>
    <message>
        <source>お問い合わせ &gt; 受注メール管理 で【初期化】をクリック</source>
        <translation>In お問い合わせ &gt; 受注メール管理 (Inquiries &gt; Order mail management), click 【初期化】 (Clear)</translation>
    </message>
    <message>
        <source>送信先に {destination} を入力</source>
        <translation>Enter {destination} as the destination (送信先)</translation>
    </message>
    <message>
        <source>Period に {period} を入力</source>
        <translation>Enter {period} in Period</translation>
    </message>
    <message>
        <source>認識キーに「{key}」を入力</source>
        <translation>Enter &quot;{key}&quot; in 認識キー (Recognition key)</translation>
    </message>
    <message>
        <source>【登録】をクリック</source>
        <translation>Click 【登録】 (Register)</translation>
    </message>
    <message>
        <source>Y(転送する)</source>
        <translation>Y (forward)</translation>
    </message>
    <message>
        <source>N(転送なし)</source>
        <translation>N (no forwarding)</translation>
    </message>
    <message>
        <source>データベースを開けませんでした。</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <source>登録番号 {id} に保存していない変更があります。ほかの登録を開くには、【修正】で保存するか、ダブルクリック/Enter で開いて保存・破棄を選んでください。</source>
        <translation>Registration {id} has unsaved changes. To open another registration, save it with [Update], or open it with a double-click/Enter and choose to save or discard.</translation>
    </message>
    <message>
        <source>登録番号 {id} のフォーム</source>
        <translation>the form of registration {id}</translation>
    </message>
    <message>
        <source>新規のフォーム</source>
        <translation>the new form</translation>
    </message>
    <message>
        <source>このアプリについて</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;b&gt;QSM Desktop {version}&lt;/b&gt;&lt;br&gt;Qoo10 Japan の販売者のための、受注メール管理(外部システム連動)のオフライン作業台です。&lt;br&gt;登録(お知らせ設定データ)の管理、テンプレートの選択、連動会社の変更、連動システムが受け取るメールのプレビューができます。&lt;br&gt;&lt;br&gt;変更は J・QSM(お問い合わせ &amp;gt; 受注メール管理)で手作業で反映してください。</source>
        <translation>&lt;b&gt;QSM Desktop {version}&lt;/b&gt;&lt;br&gt;An offline workbench for Qoo10 Japan sellers&apos; Order mail management (integration with external systems).&lt;br&gt;It keeps your registrations (notification settings data), helps you choose templates and change integration companies, and previews the mail the integration system receives.&lt;br&gt;&lt;br&gt;Make the same changes by hand in J·QSM (Inquiries &amp;gt; Order mail management).</translation>
    </message>
    <message>
        <source>{what}に保存していない変更があります。保存しますか?</source>
        <translation>{what} has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>保存: 【修正】または【登録】します。破棄: 変更を捨てます。キャンセル: 編集を続けます。</source>
        <translation>Save: [Update] or [Register]. Discard: throw the changes away. Cancel: keep editing.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>破棄</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>この登録はすでに 使用 = N(転送なし)です。</source>
        <translation>This registration already has Use = N (no forwarding).</translation>
    </message>
    <message>
        <source>転送を止める(使用=N)</source>
        <translation>Stop forwarding (Use = N)</translation>
    </message>
    <message>
        <source>登録したテンプレートは削除できません。
「使用」の項目を「N」に修正すると、メールが転送されないようになります。</source>
        <translation>A registered template cannot be deleted.
Change &quot;Use&quot; to &quot;N&quot; and the mails are no longer forwarded.</translation>
    </message>
    <message>
        <source>この登録の転送を止めますか(使用 = N にして修正)?</source>
        <translation>Stop forwarding for this registration (update it with Use = N)?</translation>
    </message>
    <message>
        <source>値が入るお知らせ種類: </source>
        <translation>Notification types with a value: </translation>
    </message>
    <message>
        <source>例: </source>
        <translation>Example: </translation>
    </message>
    <message>
        <source>複数の値(行)を持つ項目です。##ISLOOP_ を前に付けると1行ずつ繰り返します。</source>
        <translation>A field with several values (lines). Put ##ISLOOP_ in front to repeat it line by line.</translation>
    </message>
    <message>
        <source>Qoo10の注文データ: </source>
        <translation>Qoo10 order data: </translation>
    </message>
    <message>
        <source>出典: Qoo10のガイド</source>
        <translation>Source: Qoo10&apos;s guide</translation>
    </message>
    <message>
        <source>出典: QSM Desktop の命名(ガイドにない項目)</source>
        <translation>Source: named by QSM Desktop (not in the guide)</translation>
    </message>
    <message>
        <source>項目名</source>
        <translation>Field name</translation>
    </message>
    <message>
        <source> (複数行)</source>
        <translation> (several lines)</translation>
    </message>
    <message>
        <source>差し込み</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>タイトル</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>送信者</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>本文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>本文(HTML)</source>
        <translation>Body (HTML)</translation>
    </message>
    <message>
        <source>送信先</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>届く件名</source>
        <translation>Subject received</translation>
    </message>
    <message>
        <source>届く本文</source>
        <translation>Body received</translation>
    </message>
    <message>
        <source>ISO-2022-JP(送れない文字は置き換え) (*.eml)</source>
        <translation>ISO-2022-JP (characters it cannot send are replaced) (*.eml)</translation>
    </message>
    <message>
        <source>UTF-8 (*.eml)</source>
        <translation>UTF-8 (*.eml)</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>{line}行 {column}列</source>
        <translation>line {line}, column {column}</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>メールとして保存…</source>
        <translation>Save as mail…</translation>
    </message>
    <message>
        <source>プレビューのメールを .eml ファイルに保存します(メールソフトで開けます)。文字コードは保存の画面で ISO-2022-JP か UTF-8 を選びます。</source>
        <translation>Saves the preview as an .eml file (a mail program opens it). Choose ISO-2022-JP or UTF-8 in the save dialog.</translation>
    </message>
    <message>
        <source>メールとして保存</source>
        <translation>Save as mail</translation>
    </message>
    <message>
        <source>メールを保存できませんでした: {reason}</source>
        <translation>The mail could not be saved: {reason}</translation>
    </message>
    <message>
        <source>{path} に保存しました({charset})。</source>
        <translation>Saved to {path} ({charset}).</translation>
    </message>
    <message>
        <source>ISO-2022-JP にない文字を置き換えました:</source>
        <translation>Characters not in ISO-2022-JP were replaced:</translation>
    </message>
    <message>
        <source>(送信先なし)</source>
        <translation>(no destination)</translation>
    </message>
    <message>
        <source>プレビューを作れませんでした。文面を編集するか、サンプル注文を選び直すと、もう一度作ります。</source>
        <translation>The preview could not be made. Edit the text or choose the sample order again to make it again.</translation>
    </message>
    <message>
        <source>ISO-2022-JP・CP932 のどちらでも送れる文字だけです。</source>
        <translation>Only characters that both ISO-2022-JP and CP932 can send.</translation>
    </message>
    <message>
        <source>ISO-2022-JP で送れない文字</source>
        <translation>Characters ISO-2022-JP cannot send</translation>
    </message>
    <message>
        <source>CP932 にない文字</source>
        <translation>Characters not in CP932</translation>
    </message>
    <message>
        <source>{title}: 「{char}」(U+{code:04X}) {field} {line}行 {column}列</source>
        <translation>{title}: &quot;{char}&quot; (U+{code:04X}) {field} line {line}, column {column}</translation>
    </message>
    <message>
        <source>位置はプレビュー({field})の中の行と列です。</source>
        <translation>The position is the line and column in the preview ({field}).</translation>
    </message>
    <message>
        <source>商品/在庫</source>
        <translation>Products/Stock</translation>
    </message>
    <message>
        <source>プレビューの見本の商品: {what}(サンプル注文を選び直すと元に戻ります)</source>
        <translation>Sample product of the preview: {what} (choosing the sample order again puts it back)</translation>
    </message>
    <message>
        <source>CSV 以外のファイルは取り込みません: {names}</source>
        <translation>Files other than CSV are not imported: {names}</translation>
    </message>
    <message>
        <source>商品CSVを取り込んでいます。中止して閉じますか?(何も取り込まれません)</source>
        <translation>Product CSVs are being imported. Stop and close? (Nothing will be imported.)</translation>
    </message>
    <message>
        <source>中止して閉じる</source>
        <translation>Stop and close</translation>
    </message>
    <message>
        <source>取り込みを続ける</source>
        <translation>Continue importing</translation>
    </message>
    <message>
        <source>検索中…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>検索できませんでした。もう一度【検索】を押してください。</source>
        <translation>The search failed. Press [Search] again.</translation>
    </message>
    <message>
        <source>商品番号 {item_no} は今取り込まれているファイルにありません。</source>
        <translation>Product number {item_no} is not in the files imported now.</translation>
    </message>
    <message>
        <source>商品CSVがまだ取り込まれていません。ファイル &gt; 商品CSVを取り込む… で選ぶか、CSVファイルをウィンドウにドロップしてください。</source>
        <translation>No product CSV has been imported yet. Choose one with File &gt; Import product CSVs…, or drop a CSV file on the window.</translation>
    </message>
    <message>
        <source>{products} 件の商品 (オプション {options} 件)</source>
        <translation>{products} products ({options} options)</translation>
    </message>
    <message>
        <source>「{search}」: </source>
        <translation>&quot;{search}&quot;: </translation>
    </message>
    <message>
        <source> — 先頭 {limit} 件を表示しています。検索で絞り込んでください。</source>
        <translation> — showing the first {limit}. Narrow the list with a search.</translation>
    </message>
    <message>
        <source>「{search}」に一致する商品はありません。</source>
        <translation>No product matches &quot;{search}&quot;.</translation>
    </message>
    <message>
        <source>商品番号 {item_no} は取り込まれていません。</source>
        <translation>Product number {item_no} has not been imported.</translation>
    </message>
    <message>
        <source>商品CSVを取り込む…(&amp;P)</source>
        <translation>Import &amp;product CSVs…</translation>
    </message>
    <message>
        <source>GoodsList.csv / InventoryManagement_gridInventory.csv を取り込みます(ウィンドウにドロップしても取り込めます)</source>
        <translation>Imports GoodsList.csv / InventoryManagement_gridInventory.csv (you can also drop them on the window)</translation>
    </message>
    <message>
        <source>Shift_JIS で書き出す(&amp;J)</source>
        <translation>Export as Shift_&amp;JIS</translation>
    </message>
    <message>
        <source>チェック中…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>リンクチェックができませんでした。もう一度【リンクチェック】を押してください。</source>
        <translation>The link check failed. Press [Link check] again.</translation>
    </message>
    <message>
        <source>まだチェックしていません。【リンクチェック】で連動サービス向けの問題を探します。</source>
        <translation>Not checked yet. [Link check] looks for problems for the integration services.</translation>
    </message>
    <message>
        <source>商品CSVが取り込まれていません。</source>
        <translation>No product CSV has been imported.</translation>
    </message>
    <message>
        <source>問題は見つかりませんでした。</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>エラー {errors} 件 · 警告 {warnings} 件 (ダブルクリックで商品へ)</source>
        <translation>{errors} errors · {warnings} warnings (double-click to go to the product)</translation>
    </message>
    <message>
        <source> — {shown} 件を表示</source>
        <translation> — showing {shown}</translation>
    </message>
    <message>
        <source>問題を選ぶと、ここに理由と根拠が表示されます。</source>
        <translation>Choose a problem to see its reason and source here.</translation>
    </message>
    <message>
        <source>{file} {line}行目</source>
        <translation>{file} line {line}</translation>
    </message>
    <message>
        <source>「{column}」</source>
        <translation>&quot;{column}&quot;</translation>
    </message>
    <message>
        <source>根拠: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>{file} の見出し行の問題です(商品の行ではありません)。</source>
        <translation>A problem of the header row of {file} (not of a product row).</translation>
    </message>
    <message>
        <source>重大度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>ファイル</source>
        <translation>File</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>商品番号</source>
        <translation>Product number</translation>
    </message>
    <message>
        <source>値</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>根拠</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>取り込みが完了しました。</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <source>(以前の {rows} 件を置き換え)</source>
        <translation>(replacing the previous {rows})</translation>
    </message>
    <message>
        <source>・{file}: {kind} {rows} 件 [{encoding}]{replaced}</source>
        <translation>・{file}: {kind} {rows} rows [{encoding}]{replaced}</translation>
    </message>
    <message>
        <source>  その他の列 (書き出し用に保持): {columns}</source>
        <translation>  Other columns (kept for the export): {columns}</translation>
    </message>
    <message>
        <source>  前回の取り込みから先頭の0が消えたコード: {count} 件(表計算ソフトで保存した可能性があります。リンクチェックで確認してください)</source>
        <translation>  Codes that lost their leading 0 since the last import: {count} (the file may have been saved by a spreadsheet program; check with the link check)</translation>
    </message>
    <message>
        <source>{file} には Shift_JIS (CP932) で書けない文字が {count} 個あります。</source>
        <translation>{file} has {count} characters that cannot be written in Shift_JIS (CP932).</translation>
    </message>
    <message>
        <source>ファイルはまだ作成していません。</source>
        <translation>No file has been written yet.</translation>
    </message>
    <message>
        <source>  ほか {count} 個</source>
        <translation>  {count} more</translation>
    </message>
    <message>
        <source>これらの文字を次の1文字に置き換えて書き出しますか?</source>
        <translation>Export with these characters replaced by the character below?</translation>
    </message>
    <message>
        <source>{file}: 未取り込み</source>
        <translation>{file}: not imported</translation>
    </message>
    <message>
        <source>{file}: {rows} 行 · {encoding} · {at} 取り込み</source>
        <translation>{file}: {rows} rows · {encoding} · imported {at}</translation>
    </message>
    <message>
        <source>商品CSVを取り込む…</source>
        <translation>Import product CSVs…</translation>
    </message>
    <message>
        <source>{file} を Shift_JIS で書き出す…</source>
        <translation>Export {file} as Shift_JIS…</translation>
    </message>
    <message>
        <source>取り込んだ {file} を Shift_JIS (CP932) で書き出します</source>
        <translation>Writes the imported {file} in Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>取り込みまたは書き出しの途中です。終わってからもう一度どうぞ。</source>
        <translation>An import or export is running. Try again when it has finished.</translation>
    </message>
    <message>
        <source>商品CSVを取り込む</source>
        <translation>Import product CSVs</translation>
    </message>
    <message>
        <source>CSV ファイル (*.csv *.CSV);;すべてのファイル (*)</source>
        <translation>CSV files (*.csv *.CSV);;All files (*)</translation>
    </message>
    <message>
        <source>{names} を取り込んでいます…</source>
        <translation>Importing {names}…</translation>
    </message>
    <message>
        <source>商品CSVの取り込み</source>
        <translation>Product CSV import</translation>
    </message>
    <message>
        <source>取り込みを中止しています…</source>
        <translation>Stopping the import…</translation>
    </message>
    <message>
        <source>{names} を取り込んでいます… {done} / {total}</source>
        <translation>Importing {names}… {done} / {total}</translation>
    </message>
    <message>
        <source>取り込みできませんでした(何も取り込んでいません)。ファイルをほかのアプリ(Excel など)で開いていれば閉じて、もう一度取り込んでください。</source>
        <translation>The import failed (nothing was imported). If the file is open in another program (such as Excel), close it and import again.</translation>
    </message>
    <message>
        <source>取り込みの履歴 (新しい順):</source>
        <translation>Import history (newest first):</translation>
    </message>
    <message>
        <source>{at} {file} {rows} 行 [{encoding}] {by}{replaced}</source>
        <translation>{at} {file} {rows} rows [{encoding}] {by}{replaced}</translation>
    </message>
    <message>
        <source> (置き換え済み)</source>
        <translation> (replaced)</translation>
    </message>
    <message>
        <source>{file} はまだ取り込まれていません。先に取り込んでから書き出してください。</source>
        <translation>{file} has not been imported yet. Import it first, then export.</translation>
    </message>
    <message>
        <source>{file} を Shift_JIS で書き出す</source>
        <translation>Export {file} as Shift_JIS</translation>
    </message>
    <message>
        <source>{file} を Shift_JIS で書き出しています…</source>
        <translation>Exporting {file} as Shift_JIS…</translation>
    </message>
    <message>
        <source>Shift_JIS で書き出す</source>
        <translation>Export as Shift_JIS</translation>
    </message>
    <message>
        <source>、{count} 文字を「{char}」に置き換え</source>
        <translation>, {count} characters replaced by &quot;{char}&quot;</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932) で書き出しました:
{path}
({rows} 行{replaced})</source>
        <translation>Exported in Shift_JIS (CP932):
{path}
({rows} rows{replaced})</translation>
    </message>
    <message>
        <source>書き出せませんでした。保存先のフォルダーに書き込めるか、同じ名前のファイルをほかのアプリ(Excel など)で開いていないか確かめて、もう一度書き出してください。</source>
        <translation>The file could not be written. Check that the folder is writable and that no other program (such as Excel) has a file of the same name open, then export again.</translation>
    </message>
    <message>
        <source>Shift_JIS で書けない文字</source>
        <translation>Characters Shift_JIS cannot write</translation>
    </message>
    <message>
        <source>書き出しを中止しました(ファイルは作成していません)。</source>
        <translation>The export was stopped (no file was written).</translation>
    </message>
    <message>
        <source>(GoodsList.csv にありません)</source>
        <translation>(not in GoodsList.csv)</translation>
    </message>
    <message>
        <source>商品番号 (オプションは ▸ で開きます)</source>
        <translation>Product number (open options with ▸)</translation>
    </message>
    <message>
        <source>販売者コード</source>
        <translation>Seller code</translation>
    </message>
    <message>
        <source>商品名 / オプション</source>
        <translation>Product name / option</translation>
    </message>
    <message>
        <source>商品の行は商品名、オプションの行はオプション (カラー:赤 / サイズ:M)</source>
        <translation>Product rows show the product name, option rows the option (Color:Red / Size:M)</translation>
    </message>
    <message>
        <source>データ種別</source>
        <translation>Data type</translation>
    </message>
    <message>
        <source>オプションコード</source>
        <translation>Option code</translation>
    </message>
    <message>
        <source>販売価格 / 価格</source>
        <translation>Sale price / price</translation>
    </message>
    <message>
        <source>商品の行は販売価格、オプションの行は販売価格に加算される価格</source>
        <translation>Product rows show the sale price, option rows the price added to the sale price</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>送料</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>終了日</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Q-在庫</source>
        <translation>Q-stock</translation>
    </message>
    <message>
        <source>{file} にだけある商品です</source>
        <translation>A product only in {file}</translation>
    </message>
    <message>
        <source>オプション {count}件</source>
        <translation>{count} options</translation>
    </message>
    <message>
        <source>(オプションなし)</source>
        <translation>(no options)</translation>
    </message>
    <message>
        <source>注文価格: {total}円 (販売価格 {price} {surcharge})</source>
        <translation>Order price: {total} yen (sale price {price} {surcharge})</translation>
    </message>
    <message>
        <source>取り込みました。一覧の後にチェックします…</source>
        <translation>Imported. Checking after the list…</translation>
    </message>
    <message>
        <source>J・QSMの お問い合わせ &gt; 受注メール管理 で、テンプレートの【参照】から「{name}」(テンプレート番号 {no})を選んで【Confirm】すると、フォームにQoo10の実際の文面が入ります。そのタイトル・送信者・テンプレートの詳細をそれぞれコピーして、下に貼り付けてください。テンプレートの詳細はHTMLのまま取り込みます。取り込んだ文面は、このデータベースでのテンプレート番号 {no} の文面になります(新しい登録と「カタログの文面に戻す」に使われ、変更履歴に残ります)。</source>
        <translation>In J·QSM, under Inquiries &gt; Order mail management, choose &quot;{name}&quot; (template number {no}) with the template&apos;s [Browse] and press [Confirm]: the form then holds Qoo10&apos;s actual text. Copy its title, sender and template details one by one and paste them below. The template details are taken in as HTML. The text taken in becomes the text of template number {no} in this database (used for new registrations and for &quot;Back to the catalog text&quot;, and kept in the history).</translation>
    </message>
    <message>
        <source>テンプレートの詳細</source>
        <translation>Template details</translation>
    </message>
    <message>
        <source>取り込む</source>
        <translation>Take in</translation>
    </message>
    <message>
        <source>【参照】でテンプレートを選んでください</source>
        <translation>Choose a template with [Browse]</translation>
    </message>
    <message>
        <source>テンプレート番号 {no}: {summary}</source>
        <translation>Template number {no}: {summary}</translation>
    </message>
    <message>
        <source>登録番号 {id} を編集中 — 【修正】で保存</source>
        <translation>Editing registration {id} — save with [Update]</translation>
    </message>
    <message>
        <source>新規 — 【登録】で新しい登録を作成</source>
        <translation>New — [Register] creates a new registration</translation>
    </message>
    <message>
        <source>(未保存の変更あり)</source>
        <translation>(unsaved changes)</translation>
    </message>
    <message>
        <source>文面</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>見本</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>QSM</source>
        <translation>QSM</translation>
    </message>
    <message>
        <source>編集</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>N (転送なし)</source>
        <translation>N (no forwarding)</translation>
    </message>
    <message>
        <source>N になっている場合は使用がOFFとなっているため、メールが転送されません。</source>
        <translation>When it is N, Use is off and the mails are not forwarded.</translation>
    </message>
    <message>
        <source>タイトル・送信者・テンプレートの詳細の出どころ: 見本 = QSM Desktopの見本の文面(Qoo10の実際の文面ではありません)、QSM = J・QSMから取り込んだ文面、編集済み = この画面で編集した文面</source>
        <translation>Where the title, sender and template details come from: Sample = QSM Desktop&apos;s sample text (not Qoo10&apos;s actual text), QSM = text taken in from J·QSM, Edited = text edited on this screen</translation>
    </message>
    <message>
        <source>登録番号</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>使用 = N(転送なし): このテンプレートのメールは連動システムへ転送されません。転送するには、ダブルクリックして使用(Y/N)を Y にし、【修正】してください。</source>
        <translation>Use = N (no forwarding): the mails of this template are not forwarded to the integration system. To forward them, double-click, set Use (Y/N) to Y and press [Update].</translation>
    </message>
    <message>
        <source>日時</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>きっかけ</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>登録数</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>履歴数</source>
        <translation>History entries</translation>
    </message>
    <message>
        <source>{at} のバックアップ({why}、登録 {count}件)</source>
        <translation>Backup of {at} ({why}, {count} registrations)</translation>
    </message>
    <message>
        <source>{backup}から復元します。

・今の内容は、復元の前にバックアップとして残します(「復元の前」。この一覧から戻せます)。
・このバックアップの後に行った変更(登録・修正・一括変更・読み込み)は、なくなります。
・履歴は、このバックアップの時点までのものが残ります。

復元しますか?</source>
        <translation>Restores from the {backup}.

・The current contents are kept as a backup before the restore (&quot;Before restore&quot;; you can go back to it from this list).
・Changes made after this backup (registrations, updates, destination changes, imports) are lost.
・The history is kept up to the time of this backup.

Restore?</translation>
    </message>
    <message>
        <source>{backup}から復元しました。</source>
        <translation>Restored from the {backup}.</translation>
    </message>
    <message>
        <source>復元の前の内容は、{at} の「復元の前」のバックアップに残しています。</source>
        <translation>The contents before the restore are kept in the &quot;Before restore&quot; backup of {at}.</translation>
    </message>
    <message>
        <source>読めなかったファイルは、削除せずに {path} に残しています。</source>
        <translation>The file that could not be read was not deleted; it is kept at {path}.</translation>
    </message>
    <message>
        <source>バックアップの保存場所: {folder}</source>
        <translation>Where backups are kept: {folder}</translation>
    </message>
    <message>
        <source>バックアップの一覧を読めません: {folder}</source>
        <translation>The list of backups cannot be read: {folder}</translation>
    </message>
    <message>
        <source>復元するバックアップを一覧から選んでください。</source>
        <translation>Choose the backup to restore from the list.</translation>
    </message>
    <message>
        <source>共有データベースは上書きしません。このバックアップを戻すには、空のデータベースを用意して qsm-desktop --db &lt;そのURL&gt; restore {name} を実行してください。</source>
        <translation>A shared database is never overwritten. To bring this backup back, prepare an empty database and run qsm-desktop --db &lt;its URL&gt; restore {name}.</translation>
    </message>
    <message>
        <source>復元</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>バックアップから復元できませんでした({why})。</source>
        <translation>The backup could not be restored ({why}).</translation>
    </message>
    <message>
        <source> データは変更していません。</source>
        <translation> No data was changed.</translation>
    </message>
    <message>
        <source>バックアップから復元…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>自動でとられたバックアップの一覧から、データベースを復元します</source>
        <translation>Restores the database from the list of backups taken automatically</translation>
    </message>
    <message>
        <source>データベースファイルが壊れているため、開けませんでした。

{said}正常なバックアップがあります: {at}({why}、登録 {count}件)

「バックアップから復元」: このバックアップの内容で起動します。バックアップの後に行った変更はなくなります。壊れたファイルは削除せず、名前を変えて同じフォルダーに残します。
「閉じる」: 何も変更せずに終了します。

ファイル: {path}</source>
        <translation>The database file is damaged and could not be opened.

{said}A sound backup exists: {at} ({why}, {count} registrations)

&quot;Restore from the backup&quot;: start with the contents of this backup. Changes made after the backup are lost. The damaged file is not deleted; it is renamed and kept in the same folder.
&quot;Close&quot;: quit without changing anything.

File: {path}</translation>
    </message>
    <message>
        <source>{at} のバックアップ({why}、登録 {count}件)から復元しました。</source>
        <translation>Restored from the backup of {at} ({why}, {count} registrations).</translation>
    </message>
    <message>
        <source>壊れたファイルは、削除せずに {path} に残しています(サポートに相談するときのために保管してください)。</source>
        <translation>The damaged file was not deleted; it is kept at {path} (keep it in case you ask for support).</translation>
    </message>
    <message>
        <source>バックアップから復元</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>設定チェック</source>
        <translation>Setup check</translation>
    </message>
    <message>
        <source>QSMへの反映</source>
        <translation>Changes for QSM</translation>
    </message>
    <message>
        <source>ツール(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>設定チェック(&amp;C)</source>
        <translation>Setup &amp;check</translation>
    </message>
    <message>
        <source>送信先 × お知らせ種類の一覧と、注文が届かなくなる設定の問題点を表示します</source>
        <translation>Shows the destinations × notification types and the setup problems that would stop orders from arriving</translation>
    </message>
    <message>
        <source>送信先の一括変更…(&amp;A)</source>
        <translation>Change destinations at &amp;once…</translation>
    </message>
    <message>
        <source>あるアドレスを使っているすべての登録の送信先を、別のアドレスに変更します</source>
        <translation>Changes the destination of every registration that uses an address to another address</translation>
    </message>
    <message>
        <source>QSMから読み込み…(&amp;I)</source>
        <translation>&amp;Import from QSM…</translation>
    </message>
    <message>
        <source>J・QSMのお知らせ設定データを貼り付けて取り込みます</source>
        <translation>Pastes and imports the notification settings data of J·QSM</translation>
    </message>
    <message>
        <source>QSMへの反映(&amp;R)</source>
        <translation>Changes fo&amp;r QSM</translation>
    </message>
    <message>
        <source>J・QSMで行う変更のチェックリストを表示します</source>
        <translation>Shows the checklist of the changes to make in J·QSM</translation>
    </message>
    <message>
        <source>今の送信先のアドレス</source>
        <translation>Current destination address</translation>
    </message>
    <message>
        <source>読み込み中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>アドレスの一覧を読み込めませんでした。アドレスを入力してください。</source>
        <translation>The list of addresses could not be read. Type the address.</translation>
    </message>
    <message>
        <source>入力が変わりました。もう一度【プレビュー】を押してください。</source>
        <translation>The input has changed. Press [Preview] again.</translation>
    </message>
    <message>
        <source>対象の登録を探しています…</source>
        <translation>Looking for the registrations concerned…</translation>
    </message>
    <message>
        <source>{count}件の登録で「{old}」を「{new}」に置き換えます(まだ変更していません)。</source>
        <translation>Replaces &quot;{old}&quot; with &quot;{new}&quot; in {count} registrations (nothing changed yet).</translation>
    </message>
    <message>
        <source>このままでは変更できません:</source>
        <translation>This cannot be changed as it is:</translation>
    </message>
    <message>
        <source>{count}件の送信先を変更します。よろしいですか?</source>
        <translation>Change {count} destinations. Continue?</translation>
    </message>
    <message>
        <source>一括変更</source>
        <translation>Change all</translation>
    </message>
    <message>
        <source>もう一度【プレビュー】を押してください。</source>
        <translation>Press [Preview] again.</translation>
    </message>
    <message>
        <source>修正が完了しました({count}件)。</source>
        <translation>Updated ({count}).</translation>
    </message>
    <message>
        <source>テンプレート番号</source>
        <translation>Template number</translation>
    </message>
    <message>
        <source>カテゴリ</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>テンプレートグループ名</source>
        <translation>Template group name</translation>
    </message>
    <message>
        <source>使用(Y/N)</source>
        <translation>Use (Y/N)</translation>
    </message>
    <message>
        <source>変更前の送信先</source>
        <translation>Destination before</translation>
    </message>
    <message>
        <source>変更後の送信先</source>
        <translation>Destination after</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{count}件の登録で使用</source>
        <translation>Used by {count} registrations</translation>
    </message>
    <message>
        <source>使用(Y/N) = Y: メールは連動システムへ転送されます。</source>
        <translation>Use (Y/N) = Y: the mails are forwarded to the integration system.</translation>
    </message>
    <message>
        <source>使用(Y/N) = Y、待機(Y/N) = Y: 転送されますが、待機の設定があります。</source>
        <translation>Use (Y/N) = Y, Standby (Y/N) = Y: forwarded, but a standby is set.</translation>
    </message>
    <message>
        <source>登録はありますが 使用(Y/N) が N です。このお知らせは連動システムへ転送されません。</source>
        <translation>Registered, but Use (Y/N) is N. This notification is not forwarded to the integration system.</translation>
    </message>
    <message>
        <source>このテンプレートのグループと送信先では、このお知らせ種類の登録がありません。</source>
        <translation>For this template group and destination, this notification type is not registered.</translation>
    </message>
    <message>
        <source>({count}件)</source>
        <translation>({count})</translation>
    </message>
    <message>
        <source>登録番号 {ids}</source>
        <translation>Registrations {ids}</translation>
    </message>
    <message>
        <source>ダブルクリック(Enter)でフォームに開きます。</source>
        <translation>Double-click (Enter) to open it in the form.</translation>
    </message>
    <message>
        <source>お知らせ種類</source>
        <translation>Notification type</translation>
    </message>
    <message>
        <source>({line}行目 {column}文字目)</source>
        <translation>(line {line}, character {column})</translation>
    </message>
    <message>
        <source>設定チェック: まだチェックしていません</source>
        <translation>Setup check: not checked yet</translation>
    </message>
    <message>
        <source>エラー {errors}件 · 警告 {warnings}件 · 登録 {checked}件</source>
        <translation>{errors} errors · {warnings} warnings · {checked} registrations</translation>
    </message>
    <message>
        <source>{total}件</source>
        <translation>{total}</translation>
    </message>
    <message>
        <source>{shown}件 / {total}件</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <source>登録が変わりました。表示するとチェックし直します。</source>
        <translation>The registrations have changed. They are checked again when shown.</translation>
    </message>
    <message>
        <source>{at} にチェック</source>
        <translation>Checked at {at}</translation>
    </message>
    <message>
        <source>({seconds:.1f}秒)</source>
        <translation>({seconds:.1f} s)</translation>
    </message>
    <message>
        <source>設定チェックができませんでした</source>
        <translation>The setup check failed</translation>
    </message>
    <message>
        <source>【再チェック】でもう一度チェックしてください。くり返すときは、アプリを開き直してください。</source>
        <translation>Check again with [Check again]. If it keeps happening, reopen the app.</translation>
    </message>
    <message>
        <source>問題点を選ぶと、ここに内容と直し方が表示されます。</source>
        <translation>Choose a problem to see what it is and how to fix it here.</translation>
    </message>
    <message>
        <source>登録番号 {ids} — ダブルクリック(Enter)で登録番号 {first} を開きます。</source>
        <translation>Registrations {ids} — double-click (Enter) to open registration {first}.</translation>
    </message>
    <message>
        <source>済</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>未</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>QSMで作業が終わった項目にチェックを付けます</source>
        <translation>Tick the items you have finished in QSM</translation>
    </message>
    <message>
        <source>対象</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>処理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>チェックリストの印刷</source>
        <translation>Print the checklist</translation>
    </message>
    <message>
        <source>チェックリストをHTMLで保存</source>
        <translation>Save the checklist as HTML</translation>
    </message>
    <message>
        <source>QSMに反映する変更.html</source>
        <translation>changes-for-QSM.html</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>新しい登録</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>{label}を変更</source>
        <translation>{label} changed</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>テンプレート番号 {no} ({kind} / {group})、送信先 {destination}</source>
        <translation>Template number {no} ({kind} / {group}), destination {destination}</translation>
    </message>
    <message>
        <source>テンプレート番号 {no} ({kind} / {group})、送信先 {destination} の行</source>
        <translation>the row of template number {no} ({kind} / {group}), destination {destination}</translation>
    </message>
    <message>
        <source>QSMに反映する変更はありません。</source>
        <translation>There are no changes to make in QSM.</translation>
    </message>
    <message>
        <source>一覧から項目を選ぶと、QSMでの手順がここに表示されます。</source>
        <translation>Choose an item in the list to see the steps in QSM here.</translation>
    </message>
    <message>
        <source>未完了</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>変更</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>チェックリストを作れませんでした。ほかのタブを開いてからこのタブに戻ると、もう一度作ります。</source>
        <translation>The checklist could not be made. Open another tab and come back to this one to make it again.</translation>
    </message>
    <message>
        <source>「済」の変更を保存できませんでした(元のままです)。もう一度クリックしてください。</source>
        <translation>The &quot;Done&quot; tick could not be saved (nothing changed). Click again.</translation>
    </message>
    <message>
        <source>QSMに反映する変更</source>
        <translation>Changes for QSM</translation>
    </message>
    <message>
        <source>QSMに反映する変更はありません</source>
        <translation>No changes to make in QSM</translation>
    </message>
    <message>
        <source>QSMに反映する変更: {count}件(未完了 {pending}件)</source>
        <translation>Changes for QSM: {count} ({pending} not done)</translation>
    </message>
    <message>
        <source>チェックリストをテキストでコピーしました。</source>
        <translation>The checklist was copied as text.</translation>
    </message>
    <message>
        <source>チェックリストを印刷しました。</source>
        <translation>The checklist was printed.</translation>
    </message>
    <message>
        <source>保存できませんでした: {path}
フォルダーに書き込めるか、同じ名前のファイルをほかのアプリで開いていないか確かめて、もう一度保存してください(別の場所や名前でも保存できます)。</source>
        <translation>Could not save: {path}
Check that the folder is writable and that no other program has a file of the same name open, then save again (you can also save under another folder or name).</translation>
    </message>
    <message>
        <source>保存しました: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>一覧の{count}件の変更(未完了 {pending}件)を、すべてQSMに反映済みにします。
チェックリストは空になります。よろしいですか?</source>
        <translation>Marks all {count} changes in the list ({pending} not done) as made in QSM.
The checklist becomes empty. Continue?</translation>
    </message>
    <message>
        <source>すべて反映済みにする</source>
        <translation>Mark all as made</translation>
    </message>
    <message>
        <source>反映済みにできませんでした(何も変更していません)。もう一度「すべて反映済みにする」を押してください。</source>
        <translation>Could not mark them as made (nothing changed). Press &quot;Mark all as made&quot; again.</translation>
    </message>
    <message>
        <source>{count}件の変更をQSMに反映済みにしました。</source>
        <translation>Marked {count} changes as made in QSM.</translation>
    </message>
    <message>
        <source> ほか{count}件</source>
        <translation> {count} more</translation>
    </message>
    <message>
        <source>   (ダブルクリックで登録を開く)</source>
        <translation>   (double-click to open the registration)</translation>
    </message>
    <message>
        <source>登録番号 {id} を開く</source>
        <translation>Open registration {id}</translation>
    </message>
    <message>
        <source>送信先「{address}」を一括変更…</source>
        <translation>Change destination &quot;{address}&quot; everywhere…</translation>
    </message>
    <message>
        <source>クリップボードにテキストがありません。QSMで表の行を選んでコピーしてください。</source>
        <translation>The clipboard holds no text. Select the rows of the table in QSM and copy them.</translation>
    </message>
    <message>
        <source>貼り付けた内容が変わりました。もう一度【プレビュー】を押してください。</source>
        <translation>The pasted text has changed. Press [Preview] again.</translation>
    </message>
    <message>
        <source>QSM の お知らせ設定データ を貼り付けてから【プレビュー】を押してください。</source>
        <translation>Paste QSM&apos;s notification settings data, then press [Preview].</translation>
    </message>
    <message>
        <source>取り込める行がありません。J・QSMの お問い合わせ &gt; 受注メール管理 で【検索】し、表の行を選んでコピーしてください。</source>
        <translation>No row can be imported. In J·QSM, under Inquiries &gt; Order mail management, press [Search], then select and copy the rows of the table.</translation>
    </message>
    <message>
        <source>【プレビュー】を押すと、行ごとの処理がここに表示されます。</source>
        <translation>Press [Preview] to see here what happens to each row.</translation>
    </message>
    <message>
        <source>取り込めない行</source>
        <translation>Rows that cannot be imported</translation>
    </message>
    <message>
        <source>(まだ取り込んでいません)</source>
        <translation>(not imported yet)</translation>
    </message>
    <message>
        <source>取り込めない行({count}行)</source>
        <translation>Rows that cannot be imported ({count})</translation>
    </message>
    <message>
        <source>取り込めない行(なし)</source>
        <translation>Rows that cannot be imported (none)</translation>
    </message>
    <message>
        <source>貼り付けになかった登録(変更も削除もしません): 登録番号 {ids}</source>
        <translation>Registrations not in the paste (neither changed nor deleted): {ids}</translation>
    </message>
    <message>
        <source>読み込みが完了しました。</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <source>新規 {created}件、更新 {updated}件、変更なし {unchanged}件</source>
        <translation>{created} new, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>取り込めなかった行: {lines}行目</source>
        <translation>Rows not imported: line {lines}</translation>
    </message>
    <message>
        <source>QSMで反映済みと確認できたチェックリストの項目 {count}件に済を付けました。</source>
        <translation>Ticked {count} checklist items confirmed as made in QSM.</translation>
    </message>
    <message>
        <source>新しい登録として取り込みます</source>
        <translation>Imported as a new registration</translation>
    </message>
    <message>
        <source>内容/備考</source>
        <translation>Content / notes</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>貼り付けた内容</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <source>新規 {created}件、更新 {updated}件、変更なし {unchanged}件、取り込めない行 {problems}件</source>
        <translation>{created} new, {updated} updated, {unchanged} unchanged, {problems} rows that cannot be imported</translation>
    </message>
    <message>
        <source>重大度:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>すべて</source>
        <translation>All</translation>
    </message>
    <message>
        <source>エラーのみ</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>警告のみ</source>
        <translation>Warnings only</translation>
    </message>
    <message>
        <source>{total} 件</source>
        <translation>{total}</translation>
    </message>
    <message>
        <source>(うち 使用=N {disabled} 件)</source>
        <translation> ({disabled} of them Use=N)</translation>
    </message>
    <message>
        <source>(変更なし)</source>
        <translation>(no change)</translation>
    </message>
    <message>
        <source>最後の保存: {at} 登録番号 {id} を{action}{what}</source>
        <translation>Last saved: {at} registration {id}: {action}{what}</translation>
    </message>
    <message>
        <source>登録番号 {id} の転送を止めます(使用 = N にして修正)。
この登録のメールは連動システムへ転送されなくなります。</source>
        <translation>Stops forwarding for registration {id} (updates it with Use = N).
The mails of this registration will no longer be forwarded to the integration system.</translation>
    </message>
    <message>
        <source>テンプレートのグループ名</source>
        <translation>Template group name</translation>
    </message>
    <message>
        <source>テンプレート名</source>
        <translation>Template name</translation>
    </message>
    <message>
        <source>送信方法</source>
        <translation>Sending method</translation>
    </message>
    <message>
        <source>カタログの文面はQSM Desktopの見本です。J・QSMで【参照】→【Confirm】した文面を「QSMの文面を貼り付け」で取り込むと、実際に届くメールを確かめられます。</source>
        <translation>The catalog text is QSM Desktop&apos;s sample. Take in the text shown by [Browse] → [Confirm] in J·QSM with &quot;Paste the QSM text&quot; to see the mail that really arrives.</translation>
    </message>
    <message>
        <source>J・QSMのフォームから取り込んだ文面です。</source>
        <translation>Text taken in from the J·QSM form.</translation>
    </message>
    <message>
        <source>この画面で編集した文面です(カタログの見本ともQSMから取り込んだ文面とも違います)。</source>
        <translation>Text edited on this screen (different from both the catalog sample and the text taken in from QSM).</translation>
    </message>
    <message>
        <source>QSM の文面({date} 取り込み)</source>
        <translation>QSM text (taken in {date})</translation>
    </message>
    <message>
        <source>QSM の文面</source>
        <translation>QSM text</translation>
    </message>
    <message>
        <source>見本の文面(Qoo10 の実際の文面ではありません)</source>
        <translation>Sample text (not Qoo10&apos;s actual text)</translation>
    </message>
    <message>
        <source>ALL</source>
        <translation>ALL</translation>
    </message>
    <message>
        <source>(選ばない)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>言語(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>システムに合わせる</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>言語の変更は、次にアプリを起動したときに反映されます。</source>
        <translation>The language changes the next time the app starts.</translation>
    </message>
    <message>
        <source>らくらく在庫 マニュアル「メール転送設定」(Qoo10) (https://zaiko.greenwich.co.jp/webmanual-operation/2-qoo10com_qoo10com_sendmail.html)</source>
        <translation>Rakuraku Zaiko manual &quot;Mail forwarding settings&quot; (メール転送設定) (Qoo10) (https://zaiko.greenwich.co.jp/webmanual-operation/2-qoo10com_qoo10com_sendmail.html)</translation>
    </message>
    <message>
        <source>注文情報のメールは件名のこの文言で見分けられます。変更しないでください。</source>
        <translation>Order information mails are recognised by these words in the subject. Do not change them.</translation>
    </message>
    <message>
        <source>CROSS MALL FAQ「注文者メールに値が存在していません。:Qoo10」(http://www.crossmall-faq.jp/troubleshooting/trouble/order-mail-not-exist-qoo10/)</source>
        <translation>CROSS MALL FAQ &quot;The value does not exist in the buyer mail: Qoo10&quot; (注文者メールに値が存在していません。:Qoo10) (http://www.crossmall-faq.jp/troubleshooting/trouble/order-mail-not-exist-qoo10/)</translation>
    </message>
    <message>
        <source>配送要請のメールは件名のこの文言で見分けられます。</source>
        <translation>Shipping request mails are recognised by these words in the subject.</translation>
    </message>
    <message>
        <source>まとまるEC店長 マニュアル「② Qoo10 注文取込」(https://support.ec-tencho.jp/669536)</source>
        <translation>Matomaru EC Tencho manual &quot;② Qoo10 order import&quot; (② Qoo10 注文取込) (https://support.ec-tencho.jp/669536)</translation>
    </message>
    <message>
        <source>注文情報と一緒にキャンセルのお知らせも登録しないと、在庫と注文がずれます。</source>
        <translation>Unless the cancellation notifications are registered together with the order information, stock and orders drift apart.</translation>
    </message>
    <message>
        <source>違うテンプレートを登録すると連動サービスが取り込めず、その注文は再取り込みできません。連動サービスは自社のグループの書式だけを読み取ります。</source>
        <translation>If a different template is registered, the integration service cannot import it and the order cannot be imported again. An integration service reads only its own group&apos;s format.</translation>
    </message>
    <message>
        <source>Qoo10 ガイド「外部システム連動」(貼り付けられたお知らせ設定データの表記ゆれ)</source>
        <translation>Qoo10 guide &quot;External system integration&quot; (spelling variants in pasted notification settings data)</translation>
    </message>
    <message>
        <source>送信先がありません</source>
        <translation>No destination</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: 使用(Y/N) が Y のまま送信先が空だと、お知らせはどこにも転送されません。</source>
        <translation>QSM Desktop&apos;s recommendation: with Use (Y/N) still Y and an empty destination, the notification is forwarded nowhere.</translation>
    </message>
    <message>
        <source>{registration}: 送信先が空です。使用(Y/N) が Y なので、この{kind}のお知らせはどこにも転送されません。連動サービスの受信アドレスを送信先に入力して【修正】してください。転送しない場合は 使用(Y/N) を N にしてください。</source>
        <translation>{registration}: the destination is empty. As Use (Y/N) is Y, this {kind} notification is forwarded nowhere. Enter the integration service&apos;s receiving address as the destination and press [Update]. If it should not be forwarded, set Use (Y/N) to N.</translation>
    </message>
    <message>
        <source>送信先が正しくありません</source>
        <translation>Invalid destination</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: メールアドレスとして正しくない送信先(複数のときはカンマかセミコロンで区切ります)には、お知らせが転送されません。</source>
        <translation>QSM Desktop&apos;s recommendation: notifications are not forwarded to a destination that is not a valid mail address (separate several with commas or semicolons).</translation>
    </message>
    <message>
        <source>{registration}: 送信先「{destination}」が正しくありません。{detail} 連動サービスの受信アドレスを正しく入力して【修正】してください。</source>
        <translation>{registration}: the destination &quot;{destination}&quot; is not valid. {detail} Enter the integration service&apos;s receiving address correctly and press [Update].</translation>
    </message>
    <message>
        <source>使用(Y/N) が N</source>
        <translation>Use (Y/N) is N</translation>
    </message>
    <message>
        <source>Qoo10 ガイド「外部システム連動」「連動システムへお知らせメールを転送させる設定方法」(N になっている場合は使用がOFFとなっているため、メールが転送されません)</source>
        <translation>Qoo10 guide &quot;External system integration&quot;, &quot;How to forward notification mails to the integration system&quot; (when it is N, Use is off and the mails are not forwarded)</translation>
    </message>
    <message>
        <source>{registration}: 使用(Y/N) が N のため、この{kind}のお知らせは転送されません。転送する場合は 使用(Y/N) を Y にして【修正】してください(止めたのが意図どおりなら対応は不要です)。</source>
        <translation>{registration}: Use (Y/N) is N, so this {kind} notification is not forwarded. To forward it, set Use (Y/N) to Y and press [Update] (nothing to do if stopping it was intended).</translation>
    </message>
    <message>
        <source>待機(Y/N) が Y</source>
        <translation>Standby (Y/N) is Y</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: 待機中のお知らせはすぐには転送されないことがあり、注文の取り込みが遅れます。</source>
        <translation>QSM Desktop&apos;s recommendation: notifications on standby may not be forwarded at once, which delays the order import.</translation>
    </message>
    <message>
        <source>{registration}: 待機(Y/N) が Y です({period})。待機中はこの{kind}のお知らせがすぐには転送されない場合があります。意図していなければ 待機(Y/N) を N にして【修正】してください。</source>
        <translation>{registration}: Standby (Y/N) is Y ({period}). While on standby, this {kind} notification may not be forwarded at once. If that is not intended, set Standby (Y/N) to N and press [Update].</translation>
    </message>
    <message>
        <source>件名の文言がありません</source>
        <translation>Subject words missing</translation>
    </message>
    <message>
        <source>{registration}: タイトルに「{marker}」が含まれていません。連動サービスは件名のこの文言で{kind}のメールを見分けるため、このままでは取り込まれません。タイトルに「{marker}」を戻して【修正】してください。</source>
        <translation>{registration}: the title does not contain &quot;{marker}&quot;. The integration service recognises {kind} mails by these words in the subject, so as it is they are not imported. Put &quot;{marker}&quot; back into the title and press [Update].</translation>
    </message>
    <message>
        <source>カテゴリとテンプレートの種類が違います</source>
        <translation>Category and template type differ</translation>
    </message>
    <message>
        <source>{registration}: QSMのカテゴリは「{category}」ですが、テンプレート番号 {template_no} はカタログでは「{template_kind}」のテンプレートです。違うテンプレートを登録すると連動サービスが取り込めず、その注文は再取り込みできません。QSMで【参照】からお知らせ種類とグループを確かめてテンプレートを選び直し、【修正】してください。</source>
        <translation>{registration}: the QSM category is &quot;{category}&quot;, but in the catalog template number {template_no} is a &quot;{template_kind}&quot; template. If a different template is registered, the integration service cannot import it and the order cannot be imported again. In QSM, check the notification type and group with [Browse], choose the template again and press [Update].</translation>
    </message>
    <message>
        <source>1つの送信先に複数のグループ</source>
        <translation>Several groups for one destination</translation>
    </message>
    <message>
        <source>送信先 {address} に、{groups} の{count}つのグループのテンプレートが届きます。連動サービスは自社のグループの書式しか読み取れないため、他のグループのメールは取り込まれません。この送信先の連動会社のグループに揃えてください(【参照】でテンプレートを選び直して【修正】)。</source>
        <translation>Destination {address} receives templates of {count} groups: {groups}. An integration service reads only its own group&apos;s format, so the mails of the other groups are not imported. Use the group of this destination&apos;s integration company throughout (choose the template again with [Browse] and press [Update]).</translation>
    </message>
    <message>
        <source>キャンセルのお知らせが未登録</source>
        <translation>Cancellation notifications not registered</translation>
    </message>
    <message>
        <source>送信先 {address} には {group} の{when_kind}が届きますが、{kinds}が届きません{disabled_note}。連動サービスはキャンセルのお知らせの登録も求めています。登録しないと在庫と注文がずれます。{group} の{kinds}のテンプレートを同じ送信先で【登録】してください。</source>
        <translation>Destination {address} receives {group} {when_kind} but not {kinds}{disabled_note}. The integration service also asks for the cancellation notifications to be registered; without them stock and orders drift apart. Register the {group} {kinds} templates with the same destination using [Register].</translation>
    </message>
    <message>
        <source>同じお知らせが二重に届きます</source>
        <translation>The same notification arrives twice</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: 同じ送信先に同じお知らせが2件以上の登録から届くと、同じ注文が二重に取り込まれます。</source>
        <translation>QSM Desktop&apos;s recommendation: when two or more registrations forward the same notification to the same destination, the same order is imported twice.</translation>
    </message>
    <message>
        <source>送信先 {address} に{kind}のお知らせが{count}件の登録から転送されます({registrations})。同じ注文が二重に取り込まれます。1件だけ残し、ほかの登録は 使用(Y/N) を N にするか送信先を変えて【修正】してください。</source>
        <translation>{count} registrations forward the {kind} notification to destination {address} ({registrations}). The same order is imported twice. Keep one; for the others set Use (Y/N) to N or change the destination, and press [Update].</translation>
    </message>
    <message>
        <source>知らない差し込み項目</source>
        <translation>Unknown placeholder</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: このアプリの差し込み項目の一覧にない名前には、Qoo10 が値を入れないおそれがあります。</source>
        <translation>QSM Desktop&apos;s recommendation: Qoo10 may not fill in a name that is not in this app&apos;s list of placeholders.</translation>
    </message>
    <message>
        <source>{registration}: {field}の{line}行目{column}文字目: {detail} 直したら【修正】してください。</source>
        <translation>{registration}: {field} line {line}, character {column}: {detail} Press [Update] once fixed.</translation>
    </message>
    <message>
        <source>差し込み項目の書き方の誤り</source>
        <translation>Malformed placeholder</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: 書き方の崩れた差し込み項目は値に置き換わらず、記号のまま届きます。</source>
        <translation>QSM Desktop&apos;s recommendation: a malformed placeholder is not replaced by its value and arrives as symbols.</translation>
    </message>
    <message>
        <source>ISO-2022-JPで送れない文字</source>
        <translation>Characters ISO-2022-JP cannot send</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: 日本語のメールは ISO-2022-JP で送られることが多く、この文字は文字化けするおそれがあります。</source>
        <translation>QSM Desktop&apos;s recommendation: Japanese mails are often sent in ISO-2022-JP, and these characters may arrive garbled.</translation>
    </message>
    <message>
        <source>{registration}: {field}に ISO-2022-JP では送れない文字 {chars} があります({where})。日本語のメールは ISO-2022-JP で送られることが多く、この文字は文字化けするおそれがあります。別の文字に置き換えて【修正】してください(例: ① → (1)、髙 → 高)。</source>
        <translation>{registration}: the {field} has characters {chars} that ISO-2022-JP cannot send ({where}). Japanese mails are often sent in ISO-2022-JP, and these characters may arrive garbled. Replace them with other characters and press [Update] (e.g. ① → (1), 髙 → 高).</translation>
    </message>
    <message>
        <source>日本語のメールで送れない文字</source>
        <translation>Characters a Japanese mail cannot send</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: CP932(Shift_JIS)にも ISO-2022-JP にもない文字は、日本語のメールでは送れません。</source>
        <translation>QSM Desktop&apos;s recommendation: characters in neither CP932 (Shift_JIS) nor ISO-2022-JP cannot be sent in a Japanese mail.</translation>
    </message>
    <message>
        <source>{registration}: {field}に日本語のメール(ISO-2022-JP、Shift_JIS/CP932)では送れない文字 {chars} があります({where})。連動サービスには「?」などに化けて届きます。別の文字に置き換えて【修正】してください。</source>
        <translation>{registration}: the {field} has characters {chars} that a Japanese mail (ISO-2022-JP, Shift_JIS/CP932) cannot send ({where}). They reach the integration service garbled, as &quot;?&quot; or similar. Replace them with other characters and press [Update].</translation>
    </message>
    <message>
        <source>見本の文面のまま</source>
        <translation>Still the sample text</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: カタログの文面は見本で、Qoo10 の実際の文面ではないため、届くメールを確かめられません。</source>
        <translation>QSM Desktop&apos;s recommendation: the catalog text is a sample, not Qoo10&apos;s actual text, so the mail that arrives cannot be checked.</translation>
    </message>
    <message>
        <source>{registration}: タイトル・送信者・テンプレートの詳細がQSM Desktopの見本の文面のままです(Qoo10 の実際の文面ではありません)。{note}プレビューと設定チェックは実際に届くメールを見ていません。J・QSMでこの登録を開いて【参照】→【Confirm】した文面を、フォームの「QSMの文面を貼り付け」で取り込んでください。</source>
        <translation>{registration}: the title, sender and template details are still QSM Desktop&apos;s sample text (not Qoo10&apos;s actual text). {note}The preview and the setup check do not see the mail that really arrives. Open this registration in J·QSM, take the text shown by [Browse] → [Confirm], and bring it in with &quot;Paste the QSM text&quot; in the form.</translation>
    </message>
    <message>
        <source>届くメールの半角括弧(NextEngine)</source>
        <translation>Half-width parentheses in the mail (NextEngine)</translation>
    </message>
    <message>
        <source>{registration}: {place}(見本「{sample}」で作ったメール): {detail}</source>
        <translation>{registration}: {place} (mail made with the sample &quot;{sample}&quot;): {detail}</translation>
    </message>
    <message>
        <source>置き換えられない差し込み項目</source>
        <translation>Placeholder left unreplaced</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: 置き換えられずに届いた指示(##DELETE_BLANK_ROW_## など)は、注文の内容として読まれます。</source>
        <translation>QSM Desktop&apos;s recommendation: a directive that arrives unreplaced (such as ##DELETE_BLANK_ROW_##) is read as part of the order.</translation>
    </message>
    <message>
        <source>HTMLの構造が崩れる</source>
        <translation>Broken HTML structure</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: 行の削除や繰り返しで開始タグと終了タグの対応が崩れると、連動会社が本文を読み違えることがあります。</source>
        <translation>QSM Desktop&apos;s recommendation: when deleting or repeating rows breaks the pairing of start and end tags, the integration company may misread the body.</translation>
    </message>
    <message>
        <source>{registration}: {place}: {detail} 直したら【修正】してください。</source>
        <translation>{registration}: {place}: {detail} Press [Update] once fixed.</translation>
    </message>
    <message>
        <source>商品名・オプションの半角括弧</source>
        <translation>Half-width parentheses in product name or option</translation>
    </message>
    <message>
        <source>「{column}」に半角の括弧 ( ) があります。NextEngineは受注メールの半角括弧の中を販売者コード/オプションコードとして読むため、「{value}」の括弧の中身が商品コードとして取り込まれます。全角の（ ）や【 】に変えてください。</source>
        <translation>&quot;{column}&quot; contains half-width parentheses ( ). NextEngine reads what is inside half-width parentheses in order mails as the seller code / option code, so the contents of the parentheses in &quot;{value}&quot; are imported as a product code. Change them to full-width （ ） or 【 】.</translation>
    </message>
    <message>
        <source>NextEngine マニュアル「在庫連携ご利用時の注意(必読)【Qoo10】」ID:4588 (https://manual.next-engine.net/main/stock/stk_settei-unyou/zaiko_qoo10/4588/)</source>
        <translation>NextEngine manual &quot;Notes on using stock integration (must read) [Qoo10]&quot; (在庫連携ご利用時の注意(必読)【Qoo10】) ID:4588 (https://manual.next-engine.net/main/stock/stk_settei-unyou/zaiko_qoo10/4588/)</translation>
    </message>
    <message>
        <source>販売者コードが空</source>
        <translation>Empty seller code</translation>
    </message>
    <message>
        <source>販売者コードが空です。連動サービスはこの商品を商品番号 {value} で照合します(LOGILESSはオプションコード、販売者コード、商品番号の順に照合)。意図したものか確認してください。</source>
        <translation>The seller code is empty. Integration services match this product by its product number {value} (LOGILESS matches by option code, seller code, then product number). Check that this is intended.</translation>
    </message>
    <message>
        <source>LOGILESS ヘルプ「Qoo10 項目の対応」(https://support.logiless.com/platforms/marketplace/qoo10/field-mapping): 受注の商品は販売者オプションコード、販売者コードの順に照合し、どちらもなければ商品番号で照合</source>
        <translation>LOGILESS help &quot;Qoo10 field mapping&quot; (Qoo10 項目の対応) (https://support.logiless.com/platforms/marketplace/qoo10/field-mapping): order items are matched by seller option code, then seller code, and by product number when neither exists</translation>
    </message>
    <message>
        <source>コードの重複</source>
        <translation>Duplicate code</translation>
    </message>
    <message>
        <source>{column}「{value}」が {other} と重複しています。コードで商品を照合する連動サービス(LOGILESSなど)が別の商品・オプションと取り違えます。コードを一意にしてください。</source>
        <translation>{column} &quot;{value}&quot; duplicates {other}. Integration services that match products by code (such as LOGILESS) mistake it for another product or option. Make the code unique.</translation>
    </message>
    <message>
        <source>LOGILESS ヘルプ「Qoo10 項目の対応」(https://support.logiless.com/platforms/marketplace/qoo10/field-mapping): 商品はコードで照合。GoodsList.csv に同じ商品番号が2行あるときも指摘するのは QSM Desktop の推奨です(どちらの行の値で連動するか決まらないため)。</source>
        <translation>LOGILESS help &quot;Qoo10 field mapping&quot; (Qoo10 項目の対応) (https://support.logiless.com/platforms/marketplace/qoo10/field-mapping): products are matched by code. Also reporting the same product number on two rows of GoodsList.csv is QSM Desktop&apos;s recommendation (which row&apos;s values would be integrated is undecided).</translation>
    </message>
    <message>
        <source>終了日が2030/12/31 23:59より後</source>
        <translation>End date after 2030/12/31 23:59</translation>
    </message>
    <message>
        <source>終了日 {value} が 2030/12/31 23:59 より後です。NextEngineでは販売終了日を2030/12/31 23:59以内にしないと在庫連携が正しく行われません。</source>
        <translation>The end date {value} is after 2030/12/31 23:59. NextEngine&apos;s stock integration does not work correctly unless the sales end date is no later than 2030/12/31 23:59.</translation>
    </message>
    <message>
        <source>Shift_JISで書けない文字</source>
        <translation>Characters Shift_JIS cannot write</translation>
    </message>
    <message>
        <source>「{column}」にShift_JIS (CP932) で書けない文字 {chars} があります。NextEngineはShift_JISのファイルしか受け付けません。{hint}</source>
        <translation>&quot;{column}&quot; has characters {chars} that cannot be written in Shift_JIS (CP932). NextEngine accepts only Shift_JIS files. {hint}</translation>
    </message>
    <message>
        <source>NextEngine マニュアル「在庫連携対象となる商品データの出力【Qoo10】」ID:4768 (https://manual.next-engine.net/?p=4768): Qoo10のファイルはUTF-8の可能性があり、本システムはSJISのみ対応</source>
        <translation>NextEngine manual &quot;Exporting the product data for stock integration [Qoo10]&quot; (在庫連携対象となる商品データの出力【Qoo10】) ID:4768 (https://manual.next-engine.net/?p=4768): Qoo10&apos;s files may be UTF-8, and the system accepts SJIS only</translation>
    </message>
    <message>
        <source>GoodsList.csvにない商品のオプション</source>
        <translation>Options of a product not in GoodsList.csv</translation>
    </message>
    <message>
        <source>商品番号 {value} のオプション({count}行)がありますが、この商品は GoodsList.csv にありません。GoodsList.csvを在庫状態「全体」で照会してダウンロードしたか、2つのファイルが同じ時点のものか確認してください。</source>
        <translation>There are options of product number {value} ({count} rows), but the product is not in GoodsList.csv. Check that GoodsList.csv was downloaded with the stock status &quot;All&quot; (全体), and that both files are from the same time.</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: 2つのファイルは同じ時点の同じ商品を表すはずです(LOGILESS ヘルプ「Qoo10 商品対応表を自動作成する」(https://docs.logiless.com/ja/articles/1406052) は GoodsList.csv を在庫状態「全体」で照会してダウンロードし、NextEngine マニュアル「在庫連携対象となる商品データの出力【Qoo10】」ID:4768 (https://manual.next-engine.net/?p=4768) は2つのファイルを使います)。</source>
        <translation>QSM Desktop&apos;s recommendation: the two files should describe the same products at the same time (LOGILESS help &quot;Create the Qoo10 product mapping automatically&quot; (https://docs.logiless.com/ja/articles/1406052) downloads GoodsList.csv with the stock status &quot;All&quot; (全体), and NextEngine manual &quot;Exporting the product data for stock integration [Qoo10]&quot; ID:4768 (https://manual.next-engine.net/?p=4768) uses both files).</translation>
    </message>
    <message>
        <source>数量とオプション数量の合計が違う</source>
        <translation>Quantity differs from the options&apos; total</translation>
    </message>
    <message>
        <source>数量 {value} が組合型オプションの数量の合計 {option_total}({option_rows}行)と一致しません。2つのファイルを別の時点でダウンロードした可能性があります。同じ時点のファイルを取り込み直してください。</source>
        <translation>The quantity {value} does not match the total {option_total} of the combination options&apos; quantities ({option_rows} rows). The two files may have been downloaded at different times. Import files from the same time again.</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: 組合型オプションのある商品の数量はオプションの数量の合計なので、違うときは2つのファイルのダウンロードの時点が違い、在庫連携がずれます(NextEngine マニュアル「在庫連携対象となる商品データの出力【Qoo10】」ID:4768 (https://manual.next-engine.net/?p=4768): オプションを変えたら最新のファイルを出力・取込)。</source>
        <translation>QSM Desktop&apos;s recommendation: the quantity of a product with combination options is the total of the options&apos; quantities, so a difference means the two files were downloaded at different times and the stock integration drifts (NextEngine manual &quot;Exporting the product data for stock integration [Qoo10]&quot; ID:4768 (https://manual.next-engine.net/?p=4768): after changing options, export and import the latest files).</translation>
    </message>
    <message>
        <source>追加型オプションの販売者オプションコード</source>
        <translation>Seller option code of an additional option</translation>
    </message>
    <message>
        <source>追加型オプションにオプションコード「{value}」が設定されています。NextEngineでは追加型オプション(旧単一型オプション)の販売者オプションコードを空欄にする必要があり、設定すると受注の商品コードが正しく取り込まれません。</source>
        <translation>The additional option has the option code &quot;{value}&quot;. NextEngine needs the seller option code of additional options (formerly single options) to be empty; when it is set, the product codes of orders are not imported correctly.</translation>
    </message>
    <message>
        <source>NextEngine マニュアル「在庫連携ご利用時の注意(必読)【Qoo10】」ID:4588 (https://manual.next-engine.net/main/stock/stk_settei-unyou/zaiko_qoo10/4588/)。データ種別に「追加」か「単一」とある行を追加型オプションとみなすのは QSM Desktop の推奨です(Qoo10 は追加型オプションを以前は単一型オプションと呼んでいたため)。</source>
        <translation>NextEngine manual &quot;Notes on using stock integration (must read) [Qoo10]&quot; (在庫連携ご利用時の注意(必読)【Qoo10】) ID:4588 (https://manual.next-engine.net/main/stock/stk_settei-unyou/zaiko_qoo10/4588/). Treating rows whose data type says 追加 (additional) or 単一 (single) as additional options is QSM Desktop&apos;s recommendation (Qoo10 used to call additional options single options).</translation>
    </message>
    <message>
        <source>表計算ソフトが数式として扱うセル</source>
        <translation>A cell spreadsheets treat as a formula</translation>
    </message>
    <message>
        <source>「{column}」の値「{value}」は「{start}」で始まるため、ExcelやLibreOfficeで開くと数式として実行されることがあります(外部への接続やファイルの参照が起きる場合があります)。このファイルを表計算ソフトで開く前に値を確かめてください。QSM Desktop はこの値を変えずに取り込み、Qoo10・連動サービス向けの書き出し(export-sjis)でもそのまま書き出します。</source>
        <translation>The value &quot;{value}&quot; of &quot;{column}&quot; starts with &quot;{start}&quot;, so Excel or LibreOffice may run it as a formula when the file is opened (it may connect to the outside or refer to files). Check the value before opening this file in a spreadsheet program. QSM Desktop imports the value unchanged and also writes it unchanged in the export for Qoo10 and the integration services (export-sjis).</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: =、+、-、@、タブ、改行で始まるセルは、表計算ソフトで開くと数式として実行されることがあります(OWASP「CSV Injection」https://owasp.org/www-community/attacks/CSV_Injection)。-100 のような数値は指摘しません。</source>
        <translation>QSM Desktop&apos;s recommendation: a cell starting with =, +, -, @, a tab or a line break may be run as a formula when opened in a spreadsheet program (OWASP &quot;CSV Injection&quot; https://owasp.org/www-community/attacks/CSV_Injection). Numbers such as -100 are not reported.</translation>
    </message>
    <message>
        <source>コードが指数表記に変換されている</source>
        <translation>Code turned into scientific notation</translation>
    </message>
    <message>
        <source>「{column}」の値「{value}」は指数表記です。長い数字のコードをExcelやLibreOfficeで開いて保存すると、この形に変わり、15桁より後の数字は失われます。連動サービスはこのコードで商品を照合できません。J・QSMからCSVをダウンロードし直し、表計算ソフトでは開かないでください(開く場合はテキストエディタで開くか、この列を「文字列」として読み込んでください)。</source>
        <translation>The value &quot;{value}&quot; of &quot;{column}&quot; is in scientific notation. A long numeric code opened and saved in Excel or LibreOffice takes this form, and the digits after the 15th are lost. Integration services cannot match products by this code. Download the CSV from J·QSM again and do not open it in a spreadsheet program (if you must, open it in a text editor or import this column as &quot;Text&quot;).</translation>
    </message>
    <message>
        <source>Microsoft サポート「数値が日付に自動的に変更されないようにする」(https://support.microsoft.com/ja-jp/office/452bd2db-cc96-47d1-81e4-72cec11c4ed8)、「Excel の仕様と制限」(数値の精度は15桁)。商品番号・販売者コード・オプションコードの列だけを調べるのは QSM Desktop の推奨です(コードの列だけは、形が変わると連動サービスが商品を照合できなくなるため)。</source>
        <translation>Microsoft Support &quot;Stop automatically changing numbers to dates&quot; (https://support.microsoft.com/ja-jp/office/452bd2db-cc96-47d1-81e4-72cec11c4ed8), &quot;Excel specifications and limits&quot; (numbers are precise to 15 digits). Looking only at the product number, seller code and option code columns is QSM Desktop&apos;s recommendation (only for the code columns does a change of form stop integration services from matching products).</translation>
    </message>
    <message>
        <source>コードが日付に変換されている</source>
        <translation>Code turned into a date</translation>
    </message>
    <message>
        <source>「{column}」の値「{value}」は日付の形です。3-4 や 3/4 のようなコードをExcelやLibreOfficeで開いて保存すると、日付に変わります。元のコードが日付の形でなければ、J・QSMからCSVをダウンロードし直し、表計算ソフトでは開かないでください(開く場合はテキストエディタで開くか、この列を「文字列」として読み込んでください)。</source>
        <translation>The value &quot;{value}&quot; of &quot;{column}&quot; has the form of a date. Codes such as 3-4 or 3/4 become dates when opened and saved in Excel or LibreOffice. If the original code was not a date, download the CSV from J·QSM again and do not open it in a spreadsheet program (if you must, open it in a text editor or import this column as &quot;Text&quot;).</translation>
    </message>
    <message>
        <source>Microsoft サポート「数値が日付に自動的に変更されないようにする」(https://support.microsoft.com/ja-jp/office/452bd2db-cc96-47d1-81e4-72cec11c4ed8)。商品番号・販売者コード・オプションコードの列だけを調べるのは QSM Desktop の推奨です(コードの列だけは、形が変わると連動サービスが商品を照合できなくなるため)。</source>
        <translation>Microsoft Support &quot;Stop automatically changing numbers to dates&quot; (https://support.microsoft.com/ja-jp/office/452bd2db-cc96-47d1-81e4-72cec11c4ed8). Looking only at the product number, seller code and option code columns is QSM Desktop&apos;s recommendation (only for the code columns does a change of form stop integration services from matching products).</translation>
    </message>
    <message>
        <source>コードの先頭の0が消えている</source>
        <translation>Leading zeros of a code lost</translation>
    </message>
    <message>
        <source>「{column}」の値「{value}」は、前回の取り込み({previous})では同じ商品で「{expected}」でした。ExcelやLibreOfficeで開いて保存すると、数字だけのコードの先頭の0が消えます。連動サービスは「{value}」では商品を照合できません。J・QSMからCSVをダウンロードし直し、表計算ソフトでは開かないでください(開く場合はテキストエディタで開くか、この列を「文字列」として読み込んでください)。コードを意図して変えたのなら問題ありません。</source>
        <translation>The value &quot;{value}&quot; of &quot;{column}&quot; was &quot;{expected}&quot; for the same product in the previous import ({previous}). Opening and saving in Excel or LibreOffice drops the leading zeros of all-digit codes. Integration services cannot match the product by &quot;{value}&quot;. Download the CSV from J·QSM again and do not open it in a spreadsheet program (if you must, open it in a text editor or import this column as &quot;Text&quot;). If you changed the code on purpose, all is well.</translation>
    </message>
    <message>
        <source>QSM Desktop の推奨: 同じ種類のファイルの前回の取り込みで、同じ商品(行のほかのコードで見分けます)のコードと比べます。数字だけのコードは、文字列として扱わないと先頭の0が消えるためです(Microsoft サポート「数値が日付に自動的に変更されないようにする」(https://support.microsoft.com/ja-jp/office/452bd2db-cc96-47d1-81e4-72cec11c4ed8))。</source>
        <translation>QSM Desktop&apos;s recommendation: compares with the code of the same product (recognised by the row&apos;s other codes) in the previous import of the same kind of file, because all-digit codes lose their leading zeros unless treated as text (Microsoft Support &quot;Stop automatically changing numbers to dates&quot; (https://support.microsoft.com/ja-jp/office/452bd2db-cc96-47d1-81e4-72cec11c4ed8)).</translation>
    </message>
    <message>
        <source>注文情報</source>
        <translation>Order information</translation>
    </message>
    <message>
        <source>配送要請</source>
        <translation>Shipping request</translation>
    </message>
    <message>
        <source>配送完了</source>
        <translation>Shipping completed</translation>
    </message>
    <message>
        <source>キャンセル要請</source>
        <translation>Cancellation request</translation>
    </message>
    <message>
        <source>キャンセル完了</source>
        <translation>Cancellation completed</translation>
    </message>
    <message>
        <source>送信タイプ</source>
        <translation>Sending type</translation>
    </message>
    <message>
        <source>待機(Y/N)</source>
        <translation>Standby (Y/N)</translation>
    </message>
    <message>
        <source>登録者</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>登録日</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>更新日</source>
        <translation>Updated on</translation>
    </message>
    <message>
        <source>修正者</source>
        <translation>Updated by</translation>
    </message>
    <message>
        <source>テンプレート</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>認識キー</source>
        <translation>Recognition key</translation>
    </message>
    <message>
        <source>エラー</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>商品1点の注文</source>
        <translation>Order of one item</translation>
    </message>
    <message>
        <source>備考が複数行の注文</source>
        <translation>Order with a multi-line note</translation>
    </message>
    <message>
        <source>任意項目がすべて空の注文</source>
        <translation>Order with every optional field empty</translation>
    </message>
    <message>
        <source>HTMLや引用符を含む注文</source>
        <translation>Order containing HTML and quotes</translation>
    </message>
    <message>
        <source>機種依存文字・JIS外の文字を含む注文</source>
        <translation>Order with platform-dependent and non-JIS characters</translation>
    </message>
    <message>
        <source>商品名に半角かっこを含む注文</source>
        <translation>Order with half-width parentheses in the product name</translation>
    </message>
    <message>
        <source>割引のある注文</source>
        <translation>Order with a discount</translation>
    </message>
    <message>
        <source>ガイドに載っている文面です(Qoo10の「外部システム連動」ガイドの写し)。ガイドの写しは途中で切れている可能性があります(商品の行がありません)。</source>
        <translation>This text is the one in the guide (a copy of Qoo10&apos;s &quot;External system integration&quot; guide). The copy may be cut short (it has no item rows).</translation>
    </message>
    <message>
        <source>編集済み</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>使用</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>待機</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>使用N</source>
        <translation>Use N</translation>
    </message>
    <message>
        <source>未登録</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>担当者名の設定…</source>
        <translation>Operator name…</translation>
    </message>
    <message>
        <source>担当者名の設定</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <source>登録者・修正者として記録する担当者名:</source>
        <translation>Operator name recorded as &quot;registered by&quot; / &quot;updated by&quot;:</translation>
    </message>
    <message>
        <source>担当者名を「{name}」にしました。</source>
        <translation>The operator name is now &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>うまくいきませんでした。何も変更していません。</source>
        <translation>That did not work. Nothing was changed.</translation>
    </message>
    <message>
        <source>共有データベースに接続</source>
        <translation>Connect to a shared database</translation>
    </message>
    <message>
        <source>お店のみんなで使うPostgreSQLのデータベースに接続します。接続できたら、次の起動からこのデータベースを使います(今のファイルはそのまま残ります)。データを移すときは「共有データベースへ移す…」を使ってください。</source>
        <translation>Connects to the PostgreSQL database your whole shop uses. Once connected, the app uses this database from the next start (the current file stays as it is). To move your data there, use &quot;Move to a shared database…&quot;.</translation>
    </message>
    <message>
        <source>接続</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>接続できました(PostgreSQL {version})。
次の起動から、共有データベース {url} を使います。今すぐ切り替えるには、QSM Desktop を終了してもう一度起動してください。</source>
        <translation>Connected (PostgreSQL {version}).
From the next start the app uses the shared database {url}. To switch now, quit QSM Desktop and start it again.</translation>
    </message>
    <message>
        <source>共有データベースへ移す</source>
        <translation>Move to a shared database</translation>
    </message>
    <message>
        <source>今のデータベース({source})の登録、履歴、取り込んだ文面、チェックリスト、商品の取り込みをすべて、空の共有データベース(PostgreSQL)へ写します。写した後で、表ごとに行数とチェックサムが元と一致することを確かめます。元のファイルは読むだけで、変更しません。</source>
        <translation>Copies everything in the current database ({source}) — registrations, history, captured texts, the checklist, product imports — into an empty shared database (PostgreSQL), then checks that every table has the same row count and checksum as the original. The original file is only read, never changed.</translation>
    </message>
    <message>
        <source>移す</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>移しています…</source>
        <translation>Moving…</translation>
    </message>
    <message>
        <source>「{table}」を写して確かめています({index}/{count})…</source>
        <translation>Copying and checking &quot;{table}&quot; ({index}/{count})…</translation>
    </message>
    <message>
        <source>{tables}個の表({rows}行)を移し、行数とチェックサムが元と一致しました。</source>
        <translation>Moved {tables} tables ({rows} rows); the row counts and checksums match the original.</translation>
    </message>
    <message>
        <source>共有データベースへ移しました。次の起動から、共有データベース {url} を使いますか?(元のファイルはそのまま残ります)</source>
        <translation>Moved to the shared database. Use the shared database {url} from the next start? (The original file stays as it is.)</translation>
    </message>
    <message>
        <source>使う</source>
        <translation>Use it</translation>
    </message>
    <message>
        <source>今のファイルを使い続ける</source>
        <translation>Keep using the current file</translation>
    </message>
    <message>
        <source>このウィンドウはすでに共有データベースを使っています。ファイルへ写すには、コマンド migrate-db を使ってください。</source>
        <translation>This window already uses a shared database. To copy it into a file, use the migrate-db command.</translation>
    </message>
    <message>
        <source>共有データベースに接続…</source>
        <translation>Connect to a shared database…</translation>
    </message>
    <message>
        <source>共有データベースへ移す…</source>
        <translation>Move to a shared database…</translation>
    </message>
    <message>
        <source>共有データベースのパスワード</source>
        <translation>Shared database password</translation>
    </message>
    <message>
        <source>{where} のパスワードを入力してください(保存しません)。</source>
        <translation>Enter the password for {where} (it is not saved).</translation>
    </message>
</context>
<context>
    <name>BulkAddressDialog</name>
    <message>
        <source>送信先の一括変更</source>
        <translation>Change destinations at once</translation>
    </message>
    <message>
        <source>送信先に「変更前のアドレス」を使っているすべての登録で、そのアドレスを「変更後のアドレス」に置き換えます(大文字・小文字は区別しません)。連動サービスの受信アドレスが変わったときに使います。まず【プレビュー】で対象の登録を確かめてください。</source>
        <translation>Replaces the address in &quot;Address before&quot; with &quot;Address after&quot; in every registration whose destination uses it (upper and lower case are treated alike). Use it when the receiving address of an integration service changes. First check the registrations concerned with [Preview].</translation>
    </message>
    <message>
        <source>変更前のアドレス</source>
        <translation>Address before</translation>
    </message>
    <message>
        <source>変更後のアドレス</source>
        <translation>Address after</translation>
    </message>
    <message>
        <source>例: orders-new@example.jp</source>
        <translation>Example: orders-new@example.jp</translation>
    </message>
    <message>
        <source>対象の登録</source>
        <translation>Registrations concerned</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>プレビュー</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>一括変更</source>
        <translation>Change all</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>チェックリスト全体をテキストでクリップボードにコピーします</source>
        <translation>Copies the whole checklist as text to the clipboard</translation>
    </message>
    <message>
        <source>テキストをコピー</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>印刷…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>HTMLで保存…</source>
        <translation>Save as HTML…</translation>
    </message>
    <message>
        <source>一覧のすべての変更をQSMで反映済みにし、チェックリストを空にします</source>
        <translation>Marks every change in the list as made in QSM and empties the checklist</translation>
    </message>
    <message>
        <source>すべて反映済みにする</source>
        <translation>Mark all as made</translation>
    </message>
    <message>
        <source>オフラインで行った変更は、J・QSMでも同じように手作業で変更する必要があります。上から順に作業し、QSMで終わった項目の「済」にチェックを付けてください。</source>
        <translation>Changes made offline must be made by hand in J·QSM as well. Work from the top and tick &quot;Done&quot; for each item finished in QSM.</translation>
    </message>
    <message>
        <source>QSMに反映する変更</source>
        <translation>Changes for QSM</translation>
    </message>
    <message>
        <source>QSMでの手順</source>
        <translation>Steps in QSM</translation>
    </message>
</context>
<context>
    <name>CompaniesDialog</name>
    <message>
        <source>連動会社一覧</source>
        <translation>Integration companies</translation>
    </message>
    <message>
        <source>color: #8a1c1c; font-weight: bold;</source>
        <translation>color: #8a1c1c; font-weight: bold;</translation>
    </message>
    <message>
        <source>連動会社</source>
        <translation>Integration company</translation>
    </message>
    <message>
        <source>選んだ連動会社の詳細</source>
        <translation>Details of the chosen integration company</translation>
    </message>
    <message>
        <source>連動会社を選ぶと、分かっていることと出典が表示されます</source>
        <translation>Choose an integration company to see what is known and the sources</translation>
    </message>
    <message>
        <source>選んだ連動会社の出典(公開マニュアル)をブラウザーで開きます</source>
        <translation>Opens the source (public manual) of the chosen integration company in the browser</translation>
    </message>
    <message>
        <source>出典をブラウザーで開く</source>
        <translation>Open the source in the browser</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>ほかの画面での変更</source>
        <translation>Changed on another screen</translation>
    </message>
    <message>
        <source>変更された項目</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <source>「相手の変更を読み込む」: 保存されている内容をフォームに読み込みます(このフォームで入力した変更は破棄されます)。
「自分の変更で上書き」: このフォームで変更した項目を保存します(あなたが変更していない項目は、相手の変更のまま残ります)。
「キャンセル」: 何も保存せず、フォームに戻ります。</source>
        <translation>&quot;Load their change&quot;: loads the saved contents into the form (changes made in this form are discarded).
&quot;Overwrite with my change&quot;: saves the fields you changed in this form (fields you did not change keep their change).
&quot;Cancel&quot;: saves nothing and goes back to the form.</translation>
    </message>
    <message>
        <source>相手の変更を読み込む</source>
        <translation>Load their change</translation>
    </message>
    <message>
        <source>自分の変更で上書き</source>
        <translation>Overwrite with my change</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>お知らせ設定データ</source>
        <translation>Notification settings data</translation>
    </message>
    <message>
        <source>検索条件</source>
        <translation>Search conditions</translation>
    </message>
    <message>
        <source>お知らせ種類(&amp;K)</source>
        <translation>Notification &amp;type</translation>
    </message>
    <message>
        <source>お知らせ種類で絞り込みます(ALL = すべて)</source>
        <translation>Filters by notification type (ALL = all)</translation>
    </message>
    <message>
        <source>お知らせ種類</source>
        <translation>Notification type</translation>
    </message>
    <message>
        <source>テンプレートのグループ(&amp;G)</source>
        <translation>Template &amp;group</translation>
    </message>
    <message>
        <source>連動会社(テンプレートのグループ)で絞り込みます(ALL = すべて)</source>
        <translation>Filters by integration company (template group) (ALL = all)</translation>
    </message>
    <message>
        <source>テンプレートのグループ</source>
        <translation>Template group</translation>
    </message>
    <message>
        <source>使用(&amp;U)</source>
        <translation>&amp;Use</translation>
    </message>
    <message>
        <source>使用(Y/N)で絞り込みます。N = メールが転送されない登録です。</source>
        <translation>Filters by Use (Y/N). N = registrations whose mails are not forwarded.</translation>
    </message>
    <message>
        <source>使用(Y/N)</source>
        <translation>Use (Y/N)</translation>
    </message>
    <message>
        <source>送信先(&amp;A)</source>
        <translation>Destin&amp;ation</translation>
    </message>
    <message>
        <source>送信先にこの文字を含む登録を探します(Enter で検索、Ctrl+F でここへ移動)</source>
        <translation>Finds registrations whose destination contains this text (Enter searches, Ctrl+F comes here)</translation>
    </message>
    <message>
        <source>送信先</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>アドレスの一部</source>
        <translation>Part of an address</translation>
    </message>
    <message>
        <source>条件に合う登録を表示します</source>
        <translation>Shows the registrations that match</translation>
    </message>
    <message>
        <source>検索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>空のフォームで新しい登録を始めます (Ctrl+N)</source>
        <translation>Starts a new registration in an empty form (Ctrl+N)</translation>
    </message>
    <message>
        <source>新規</source>
        <translation>New</translation>
    </message>
    <message>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>編集(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>新規(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>空のフォームで新しい登録を始めます</source>
        <translation>Starts a new registration in an empty form</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>保存 — 【修正】/【登録】(&amp;S)</source>
        <translation>&amp;Save — [Update]/[Register]</translation>
    </message>
    <message>
        <source>編集中の登録を【修正】します。新しいフォームなら【登録】します。</source>
        <translation>Updates the registration being edited with [Update]; a new form is saved with [Register].</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>終了(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>送信先で検索(&amp;F)</source>
        <translation>&amp;Find by destination</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>選択した登録を開く(&amp;O)</source>
        <translation>&amp;Open the selected registration</translation>
    </message>
    <message>
        <source>選択した登録をフォームに表示します(ダブルクリック、Enter、F2 と同じ)</source>
        <translation>Shows the selected registration in the form (same as double-click, Enter, F2)</translation>
    </message>
    <message>
        <source>転送を止める(使用=N)(&amp;T)</source>
        <translation>S&amp;top forwarding (Use = N)</translation>
    </message>
    <message>
        <source>登録は削除できません。使用を N にすると、メールが転送されなくなります。</source>
        <translation>Registrations cannot be deleted. Set Use to N and the mails are no longer forwarded.</translation>
    </message>
    <message>
        <source>再検索(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>列の幅と順序を元に戻す(&amp;C)</source>
        <translation>Reset &amp;column widths and order</translation>
    </message>
    <message>
        <source>このアプリについて(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <source>検索:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>商品番号・販売者コード・商品名 (オプションの内容も) の一部で検索します。全角/半角、大文字/小文字は区別しません。</source>
        <translation>Searches by part of the product number, seller code or product name (options too). Full-width/half-width and upper/lower case are treated alike.</translation>
    </message>
    <message>
        <source>検索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>商品番号・販売者コード・商品名</source>
        <translation>Product number, seller code, product name</translation>
    </message>
    <message>
        <source>取り込んだファイルを Shift_JIS (CP932) で書き出します (NextEngine 向け)</source>
        <translation>Writes the imported files in Shift_JIS (CP932) (for NextEngine)</translation>
    </message>
    <message>
        <source>Shift_JIS で書き出す</source>
        <translation>Export as Shift_JIS</translation>
    </message>
    <message>
        <source>リンクチェック</source>
        <translation>Link check</translation>
    </message>
    <message>
        <source>重大度:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>重大度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>連動サービスが受け付けない値 (半角括弧、コードの重複、終了日 …) を探します</source>
        <translation>Looks for values the integration services do not accept (half-width parentheses, duplicate codes, end dates …)</translation>
    </message>
    <message>
        <source>プレビューの見本に使う</source>
        <translation>Use as the preview sample</translation>
    </message>
    <message>
        <source>選んだ商品 (オプション) をプレビューの見本の注文の商品にします</source>
        <translation>Makes the chosen product (option) the product of the preview&apos;s sample order</translation>
    </message>
    <message>
        <source>商品番号をコピー</source>
        <translation>Copy the product number</translation>
    </message>
    <message>
        <source>オプションをすべて開く</source>
        <translation>Expand all options</translation>
    </message>
    <message>
        <source>オプションをすべて閉じる</source>
        <translation>Collapse all options</translation>
    </message>
</context>
<context>
    <name>QsmImportDialog</name>
    <message>
        <source>QSMから読み込み</source>
        <translation>Import from QSM</translation>
    </message>
    <message>
        <source>QSM の お知らせ設定データ を選択してコピーし、ここに貼り付けてください。
(J・QSM の お問い合わせ &gt; 受注メール管理 で【検索】し、表の行を見出しごと選んでコピーします。)
【プレビュー】で行ごとの処理を確かめてから【読み込み】を押してください。テンプレート番号と送信先が同じ登録は更新され、削除されるものはありません。</source>
        <translation>Select and copy QSM&apos;s notification settings data and paste it here.
(In J·QSM, under Inquiries &gt; Order mail management, press [Search] and select the rows of the table with the header, then copy.)
Check what happens to each row with [Preview], then press [Import]. Registrations with the same template number and destination are updated; nothing is deleted.</translation>
    </message>
    <message>
        <source>貼り付けた お知らせ設定データ</source>
        <translation>Pasted notification settings data</translation>
    </message>
    <message>
        <source>クリップボードから貼り付け</source>
        <translation>Paste from the clipboard</translation>
    </message>
    <message>
        <source>プレビュー</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>取り込む行</source>
        <translation>Rows to import</translation>
    </message>
    <message>
        <source>取り込めない行</source>
        <translation>Rows that cannot be imported</translation>
    </message>
    <message>
        <source>読み込み</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>登録内容</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>QFrame#changedBar { background: #fde7e7; border: 1px solid #d08080; }</source>
        <translation>QFrame#changedBar { background: #fde7e7; border: 1px solid #d08080; }</translation>
    </message>
    <message>
        <source>このデータはほかの画面で変更されました</source>
        <translation>This data was changed on another screen</translation>
    </message>
    <message>
        <source>保存されている内容をフォームに読み込みます(このフォームの未保存の変更は破棄されます)</source>
        <translation>Loads the saved contents into the form (unsaved changes in this form are discarded)</translation>
    </message>
    <message>
        <source>読み込む</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>このフォームの内容と、保存されている内容を項目ごとに比べます</source>
        <translation>Compares the contents of this form with the saved contents, field by field</translation>
    </message>
    <message>
        <source>比較</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>テンプレート</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>お知らせ種類 · 送信方法 · テンプレートのグループ · テンプレート名(【参照】で選びます)</source>
        <translation>Notification type · sending method · template group · template name (choose with [Browse])</translation>
    </message>
    <message>
        <source>【参照】でテンプレートを選んでください</source>
        <translation>Choose a template with [Browse]</translation>
    </message>
    <message>
        <source>テンプレートの選択を開きます(お知らせ種類とテンプレートのグループで検索)</source>
        <translation>Opens the template choice (search by notification type and template group)</translation>
    </message>
    <message>
        <source>参照</source>
        <translation>Browse</translation>
    </message>
    <message>
        <source>color: #b00020; font-weight: bold;</source>
        <translation>color: #b00020; font-weight: bold;</translation>
    </message>
    <message>
        <source>テンプレートのエラー</source>
        <translation>Template error</translation>
    </message>
    <message>
        <source>送信先(&amp;D)</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <source>送信先</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>連動会社の受信アドレス。複数は「,」または「;」で区切ります。</source>
        <translation>The receiving address of the integration company. Separate several with &quot;,&quot; or &quot;;&quot;.</translation>
    </message>
    <message>
        <source>例: orders@example.jp</source>
        <translation>Example: orders@example.jp</translation>
    </message>
    <message>
        <source>送信先のエラー</source>
        <translation>Destination error</translation>
    </message>
    <message>
        <source>color: #8a5a00; font-weight: bold;</source>
        <translation>color: #8a5a00; font-weight: bold;</translation>
    </message>
    <message>
        <source>送信先の注意</source>
        <translation>Destination notice</translation>
    </message>
    <message>
        <source>使用 / 待機</source>
        <translation>Use / standby</translation>
    </message>
    <message>
        <source>チェックあり = Y(転送する)、なし = N(メールが転送されません)</source>
        <translation>Ticked = Y (forward), not ticked = N (mails are not forwarded)</translation>
    </message>
    <message>
        <source>使用(Y/N)</source>
        <translation>Use (Y/N)</translation>
    </message>
    <message>
        <source>Y: 転送する</source>
        <translation>Y: forward</translation>
    </message>
    <message>
        <source>待機(Y/N)。Y のときだけ Period を入力できます。</source>
        <translation>Standby (Y/N). Period can be entered only when it is Y.</translation>
    </message>
    <message>
        <source>待機(Y/N)</source>
        <translation>Standby (Y/N)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>待機の時間(分)。待機(Y/N) が Y のときだけ使えます。</source>
        <translation>The standby time (minutes). Only when Standby (Y/N) is Y.</translation>
    </message>
    <message>
        <source>未設定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source> 分</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Period のエラー</source>
        <translation>Period error</translation>
    </message>
    <message>
        <source>認識キー</source>
        <translation>Recognition key</translation>
    </message>
    <message>
        <source>連動会社から指定された場合だけ入力します</source>
        <translation>Enter it only when the integration company asks for one</translation>
    </message>
    <message>
        <source>認識キーのエラー</source>
        <translation>Recognition key error</translation>
    </message>
    <message>
        <source>タイトル</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>メールの件名。連動会社は件名でメールを見分けます(例: Qoo10の注文のお知らせです。)</source>
        <translation>The mail&apos;s subject. Integration companies tell mails apart by their subject (e.g. Qoo10の注文のお知らせです。)</translation>
    </message>
    <message>
        <source>タイトルのエラー</source>
        <translation>Title error</translation>
    </message>
    <message>
        <source>送信者</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>例: Qoo10 &lt;qoo10info@qoo10.jp&gt;</source>
        <translation>Example: Qoo10 &lt;qoo10info@qoo10.jp&gt;</translation>
    </message>
    <message>
        <source>送信者のエラー</source>
        <translation>Sender error</translation>
    </message>
    <message>
        <source>テンプレートの詳細</source>
        <translation>Template details</translation>
    </message>
    <message>
        <source>QFrame#catalogNotice { background: #fff4d6; border: 1px solid #e0c060; }</source>
        <translation>QFrame#catalogNotice { background: #fff4d6; border: 1px solid #e0c060; }</translation>
    </message>
    <message>
        <source>タイトル・送信者・テンプレートの詳細をカタログの文面に戻します(履歴に残ります)</source>
        <translation>Puts the title, sender and template details back to the catalog text (kept in the history)</translation>
    </message>
    <message>
        <source>カタログの文面に戻す</source>
        <translation>Back to the catalog text</translation>
    </message>
    <message>
        <source>メールの本文(HTML可)。{$_項目名_$} が注文の値に置き換わります。Ctrl+Tab で次の項目へ移動します。</source>
        <translation>The mail&apos;s body (HTML allowed). {$_項目名_$} is replaced with the order&apos;s value. Ctrl+Tab moves to the next field.</translation>
    </message>
    <message>
        <source>差し込み項目</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <source>差し込み項目の絞り込み</source>
        <translation>Filter the placeholders</translation>
    </message>
    <message>
        <source>項目名で絞り込み</source>
        <translation>Filter by field name</translation>
    </message>
    <message>
        <source>ダブルクリック(または Enter)でカーソル位置に差し込みます</source>
        <translation>Double-click (or Enter) inserts it at the cursor</translation>
    </message>
    <message>
        <source>履歴</source>
        <translation>History</translation>
    </message>
    <message>
        <source>日時</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>操作 / 項目</source>
        <translation>Action / field</translation>
    </message>
    <message>
        <source>修正者 / 変更前 → 変更後</source>
        <translation>Changed by / before → after</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>プレビューの警告(クリックでその位置へ移動)</source>
        <translation>Preview warnings (click to go to the place)</translation>
    </message>
    <message>
        <source>文字コード</source>
        <translation>Character set</translation>
    </message>
    <message>
        <source>プレビューの文字が ISO-2022-JP・CP932 で送れるか(位置はプレビューの中の行と列)</source>
        <translation>Whether the preview&apos;s characters can be sent in ISO-2022-JP and CP932 (positions are lines and columns in the preview)</translation>
    </message>
    <message>
        <source>文字コードの確認</source>
        <translation>Character set check</translation>
    </message>
    <message>
        <source>テンプレートの詳細のエラー</source>
        <translation>Template details error</translation>
    </message>
    <message>
        <source>新規登録</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>フォームを空にします</source>
        <translation>Empties the form</translation>
    </message>
    <message>
        <source>初期化</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>フォームの内容で新しい登録を作ります</source>
        <translation>Creates a new registration from the form</translation>
    </message>
    <message>
        <source>登録</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>編集中の登録をフォームの内容で修正します(登録番号と履歴はそのまま)</source>
        <translation>Updates the registration being edited with the form (its number and history stay)</translation>
    </message>
    <message>
        <source>修正</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>プレビュー — 連動システムが受け取るメール</source>
        <translation>Preview — the mail the integration system receives</translation>
    </message>
    <message>
        <source>サンプル注文</source>
        <translation>Sample order</translation>
    </message>
    <message>
        <source>プレビューに使う架空の注文データ</source>
        <translation>Made-up order data used for the preview</translation>
    </message>
    <message>
        <source>プレビュー: タイトル</source>
        <translation>Preview: title</translation>
    </message>
    <message>
        <source>プレビュー: 送信者</source>
        <translation>Preview: sender</translation>
    </message>
    <message>
        <source>プレビュー: 送信先</source>
        <translation>Preview: destination</translation>
    </message>
    <message>
        <source>本文(HTML)</source>
        <translation>Body (HTML)</translation>
    </message>
    <message>
        <source>プレビュー: 本文(HTML)</source>
        <translation>Preview: body (HTML)</translation>
    </message>
    <message>
        <source>本文(テキスト)</source>
        <translation>Body (text)</translation>
    </message>
    <message>
        <source>プレビュー: 本文(テキスト)</source>
        <translation>Preview: body (text)</translation>
    </message>
    <message>
        <source>連動システムが読み取る本文のテキストです。タブと空白を記号で表示します。</source>
        <translation>The body text the integration system reads. Tabs and spaces are shown as symbols.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>バックアップから復元</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>選んだバックアップの時点の内容に、データベースを戻します。一覧は新しい順です。
今の内容は、復元の前にバックアップとして残します(この一覧から戻せます)。</source>
        <translation>Puts the database back to the contents at the time of the chosen backup. The list is newest first.
The current contents are kept as a backup before the restore (you can go back to it from this list).</translation>
    </message>
    <message>
        <source>バックアップの一覧</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>バックアップはまだありません。バックアップは、その日最初の起動のときと、送信先の一括変更・QSMから読み込みなどの前に、自動でとられます。</source>
        <translation>No backups yet. A backup is taken automatically at the first start of each day and before changing destinations at once, importing from QSM and the like.</translation>
    </message>
    <message>
        <source>color: #b00020; font-weight: bold;</source>
        <translation>color: #b00020; font-weight: bold;</translation>
    </message>
    <message>
        <source>復元のエラー</source>
        <translation>Restore error</translation>
    </message>
    <message>
        <source>復元</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>共有データベースに接続</source>
        <translation>Connect to a shared database</translation>
    </message>
    <message>
        <source>サーバー</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>例: db.example.local(このパソコンなら localhost)</source>
        <translation>e.g. db.example.local (localhost for this computer)</translation>
    </message>
    <message>
        <source>ポート</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <source>データベース名</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>例: qsm</source>
        <translation>e.g. qsm</translation>
    </message>
    <message>
        <source>ユーザー名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>例: qsm_staff</source>
        <translation>e.g. qsm_staff</translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>~/.pgpass か PGPASSWORD にあれば空のまま</source>
        <translation>leave empty when it is in ~/.pgpass or PGPASSWORD</translation>
    </message>
    <message>
        <source>パスワードは保存しません(設定に残るのはサーバー、ポート、データベース名、ユーザー名だけです)。</source>
        <translation>The password is never saved (the settings keep only the server, port, database name and user name).</translation>
    </message>
</context>
<context>
    <name>SetupCheckView</name>
    <message>
        <source>今の登録をもう一度チェックします</source>
        <translation>Checks the current registrations again</translation>
    </message>
    <message>
        <source>再チェック</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>送信先 × お知らせ種類</source>
        <translation>Destinations × notification types</translation>
    </message>
    <message>
        <source>送信先・グループで絞り込み</source>
        <translation>Filter by destination or group</translation>
    </message>
    <message>
        <source>問題点</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>重大度:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>重大度</source>
        <translation>Severity</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>テンプレートの選択</source>
        <translation>Choose a template</translation>
    </message>
    <message>
        <source>連動会社(&amp;C)</source>
        <translation>Integration &amp;company</translation>
    </message>
    <message>
        <source>連動会社</source>
        <translation>Integration company</translation>
    </message>
    <message>
        <source>連動会社を選ぶと、その会社が使うテンプレートのグループを選んで検索します</source>
        <translation>Choosing an integration company selects the template group it uses and searches</translation>
    </message>
    <message>
        <source>連動会社のテンプレートのグループと出典</source>
        <translation>The template group and sources of the integration company</translation>
    </message>
    <message>
        <source>お知らせ種類(&amp;K)</source>
        <translation>Notification &amp;type</translation>
    </message>
    <message>
        <source>お知らせ種類</source>
        <translation>Notification type</translation>
    </message>
    <message>
        <source>テンプレートのグループ(&amp;G)</source>
        <translation>Template &amp;group</translation>
    </message>
    <message>
        <source>テンプレートのグループ</source>
        <translation>Template group</translation>
    </message>
    <message>
        <source>選んだ種類とグループのテンプレートを表示します</source>
        <translation>Shows the templates of the chosen type and group</translation>
    </message>
    <message>
        <source>検索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>種類とテンプレートのグループを選択し、【検索】ボタンをクリックするとテンプレートが表示されます。</source>
        <translation>Choose a type and a template group and click [Search] to see the templates.</translation>
    </message>
    <message>
        <source>テンプレート</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>クリックして【Confirm】、またはダブルクリックでフォームに入れます</source>
        <translation>Click and [Confirm], or double-click, to put it in the form</translation>
    </message>
    <message>
        <source>選んだテンプレートをフォームに入れて閉じます</source>
        <translation>Puts the chosen template in the form and closes</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>何も変えずに閉じます (Esc)</source>
        <translation>Closes without changing anything (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
