<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name></name>
    <message>
        <source>{names} は、Qoo10の注文メールを読み取りません(API・CSVなどで受け取ります)。これらの会社のために受注メール管理へ登録しても、注文は取り込まれません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在庫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注文の受け取り方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートのグループ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出典:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連動会社一覧(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連動会社ごとの連動内容(受注・在庫・商品)、テンプレートのグループと出典を表示します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連動会社</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出典</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出典: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}のテンプレートのグループは不明です(出典に書かれていません)。グループは選んでいません。使うグループを{name}に確かめてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: テンプレートのグループ「{group}」を選びました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 送信先は、前の連動会社「{old}」のアドレスのままです。新しい連動会社「{new}」の受信アドレスに変えてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>開いたときの内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>相手の変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>変更した人・日時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>あなたの入力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録番号 {id} は、このフォームで開いた後に、ほかの画面で変更されています。そのため、まだ保存していません。
下の項目を見比べて、どちらを残すか選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録番号 {id} は、このフォームで開いた後に、ほかの画面で変更されています。
下の項目を見比べて、どちらを残すか選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {count}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y: 転送する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N: 転送しない(メールが転送されません)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>【参照】でテンプレートを選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録が完了しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修正が完了しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ほか {count} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートの詳細にエラーがあります。このまま保存しますか?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このまま保存する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>タイトル・送信者・テンプレートの詳細を、カタログのテンプレートの文面に戻しますか?
変更は履歴に残ります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存していないフォームの変更は破棄されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カタログの文面に戻す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カタログの文面に戻しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(変更された項目はありませんでした。)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>タイトル・送信者・テンプレートの詳細が編集されています。
選んだテンプレート({name})の文面に置き換えますか?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>置き換える</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今の文面を残す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMの文面を貼り付け</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J・QSMの【参照】→【Confirm】で表示されたQoo10の文面を取り込みます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文面: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMの文面を取り込みました。テンプレート番号 {no} の文面として、新しい登録と「カタログの文面に戻す」に使われます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>見本の文面のままだった登録番号 {ids} もQSMの文面にしました(変更履歴に残ります)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この登録の{fields}は、カタログのテンプレート(番号 {no})の文面と違います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一覧をCSVで書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>お知らせ設定データ.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV ファイル (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一覧をCSVで書き出す…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示中の一覧を Excel で開ける CSV ファイルに書き出します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一覧を印刷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示中の一覧を印刷します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSVを書き出せませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>書き出しました: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>お知らせ設定データ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一覧を印刷しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使い方(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この画面の使い方を表示します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この指摘の説明(F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選んだ指摘の意味と直し方を、使い方のページで表示します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSM Desktop の使い方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>戻る</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>進む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先の一括変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMから読み込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMの文面を取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(空)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y(転送する)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N(転送なし)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データベースを開けませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録番号 {id} に保存していない変更があります。ほかの登録を開くには、【修正】で保存するか、ダブルクリック/Enter で開いて保存・破棄を選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録番号 {id} のフォーム</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新規のフォーム</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このアプリについて</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;QSM Desktop {version}&lt;/b&gt;&lt;br&gt;Qoo10 Japan の販売者のための、受注メール管理(外部システム連動)のオフライン作業台です。&lt;br&gt;登録(お知らせ設定データ)の管理、テンプレートの選択、連動会社の変更、連動システムが受け取るメールのプレビューができます。&lt;br&gt;&lt;br&gt;変更は J・QSM(お問い合わせ &amp;gt; 受注メール管理)で手作業で反映してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}に保存していない変更があります。保存しますか?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存: 【修正】または【登録】します。破棄: 変更を捨てます。キャンセル: 編集を続けます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>破棄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この登録はすでに 使用 = N(転送なし)です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>転送を止める(使用=N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録したテンプレートは削除できません。
「使用」の項目を「N」に修正すると、メールが転送されないようになります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この登録の転送を止めますか(使用 = N にして修正)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>値が入るお知らせ種類: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>複数の値(行)を持つ項目です。##ISLOOP_ を前に付けると1行ずつ繰り返します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qoo10の注文データ: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出典: Qoo10のガイド</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出典: QSM Desktop の命名(ガイドにない項目)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>項目名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (複数行)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>差し込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>タイトル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本文(HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>届く件名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>届く本文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-2022-JP(送れない文字は置き換え) (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}行 {column}列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>メールとして保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビューのメールを .eml ファイルに保存します(メールソフトで開けます)。文字コードは保存の画面で ISO-2022-JP か UTF-8 を選びます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>メールとして保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>メールを保存できませんでした: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} に保存しました({charset})。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-2022-JP にない文字を置き換えました:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(送信先なし)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビューを作れませんでした。文面を編集するか、サンプル注文を選び直すと、もう一度作ります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-2022-JP・CP932 のどちらでも送れる文字だけです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-2022-JP で送れない文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP932 にない文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: 「{char}」(U+{code:04X}) {field} {line}行 {column}列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>位置はプレビュー({field})の中の行と列です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品/在庫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビューの見本の商品: {what}(サンプル注文を選び直すと元に戻ります)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV 以外のファイルは取り込みません: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品CSVを取り込んでいます。中止して閉じますか?(何も取り込まれません)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中止して閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込みを続ける</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>検索中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>検索できませんでした。もう一度【検索】を押してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品番号 {item_no} は今取り込まれているファイルにありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品CSVがまだ取り込まれていません。ファイル &gt; 商品CSVを取り込む… で選ぶか、CSVファイルをウィンドウにドロップしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{products} 件の商品 (オプション {options} 件)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「{search}」: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — 先頭 {limit} 件を表示しています。検索で絞り込んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「{search}」に一致する商品はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品番号 {item_no} は取り込まれていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品CSVを取り込む…(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GoodsList.csv / InventoryManagement_gridInventory.csv を取り込みます(ウィンドウにドロップしても取り込めます)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift_JIS で書き出す(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェック中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>リンクチェックができませんでした。もう一度【リンクチェック】を押してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>まだチェックしていません。【リンクチェック】で連動サービス向けの問題を探します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品CSVが取り込まれていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>問題は見つかりませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>エラー {errors} 件 · 警告 {warnings} 件 (ダブルクリックで商品へ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {shown} 件を表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>問題を選ぶと、ここに理由と根拠が表示されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} {line}行目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「{column}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>根拠: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} の見出し行の問題です(商品の行ではありません)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重大度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>値</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>根拠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込みが完了しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(以前の {rows} 件を置き換え)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>・{file}: {kind} {rows} 件 [{encoding}]{replaced}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  その他の列 (書き出し用に保持): {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  前回の取り込みから先頭の0が消えたコード: {count} 件(表計算ソフトで保存した可能性があります。リンクチェックで確認してください)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} には Shift_JIS (CP932) で書けない文字が {count} 個あります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイルはまだ作成していません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ほか {count} 個</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>これらの文字を次の1文字に置き換えて書き出しますか?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: 未取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {rows} 行 · {encoding} · {at} 取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品CSVを取り込む…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} を Shift_JIS で書き出す…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込んだ {file} を Shift_JIS (CP932) で書き出します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込みまたは書き出しの途中です。終わってからもう一度どうぞ。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品CSVを取り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV ファイル (*.csv *.CSV);;すべてのファイル (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} を取り込んでいます…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品CSVの取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込みを中止しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} を取り込んでいます… {done} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込みできませんでした(何も取り込んでいません)。ファイルをほかのアプリ(Excel など)で開いていれば閉じて、もう一度取り込んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込みの履歴 (新しい順):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at} {file} {rows} 行 [{encoding}] {by}{replaced}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (置き換え済み)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} はまだ取り込まれていません。先に取り込んでから書き出してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} を Shift_JIS で書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} を Shift_JIS で書き出しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift_JIS で書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>、{count} 文字を「{char}」に置き換え</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift_JIS (CP932) で書き出しました:
{path}
({rows} 行{replaced})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>書き出せませんでした。保存先のフォルダーに書き込めるか、同じ名前のファイルをほかのアプリ(Excel など)で開いていないか確かめて、もう一度書き出してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift_JIS で書けない文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>書き出しを中止しました(ファイルは作成していません)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(GoodsList.csv にありません)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品番号 (オプションは ▸ で開きます)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>販売者コード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品名 / オプション</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品の行は商品名、オプションの行はオプション (カラー:赤 / サイズ:M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データ種別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>オプションコード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>販売価格 / 価格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品の行は販売価格、オプションの行は販売価格に加算される価格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>終了日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q-在庫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} にだけある商品です</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>オプション {count}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(オプションなし)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注文価格: {total}円 (販売価格 {price} {surcharge})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込みました。一覧の後にチェックします…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J・QSMの お問い合わせ &gt; 受注メール管理 で、テンプレートの【参照】から「{name}」(テンプレート番号 {no})を選んで【Confirm】すると、フォームにQoo10の実際の文面が入ります。そのタイトル・送信者・テンプレートの詳細をそれぞれコピーして、下に貼り付けてください。テンプレートの詳細はHTMLのまま取り込みます。取り込んだ文面は、このデータベースでのテンプレート番号 {no} の文面になります(新しい登録と「カタログの文面に戻す」に使われ、変更履歴に残ります)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートの詳細</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>【参照】でテンプレートを選んでください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレート番号 {no}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録番号 {id} を編集中 — 【修正】で保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新規 — 【登録】で新しい登録を作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(未保存の変更あり)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>見本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>編集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N (転送なし)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N になっている場合は使用がOFFとなっているため、メールが転送されません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>タイトル・送信者・テンプレートの詳細の出どころ: 見本 = QSM Desktopの見本の文面(Qoo10の実際の文面ではありません)、QSM = J・QSMから取り込んだ文面、編集済み = この画面で編集した文面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用 = N(転送なし): このテンプレートのメールは連動システムへ転送されません。転送するには、ダブルクリックして使用(Y/N)を Y にし、【修正】してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>きっかけ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履歴数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at} のバックアップ({why}、登録 {count}件)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backup}から復元します。

・今の内容は、復元の前にバックアップとして残します(「復元の前」。この一覧から戻せます)。
・このバックアップの後に行った変更(登録・修正・一括変更・読み込み)は、なくなります。
・履歴は、このバックアップの時点までのものが残ります。

復元しますか?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backup}から復元しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>復元の前の内容は、{at} の「復元の前」のバックアップに残しています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>読めなかったファイルは、削除せずに {path} に残しています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>バックアップの保存場所: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>バックアップの一覧を読めません: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>復元するバックアップを一覧から選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>復元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>バックアップから復元できませんでした({why})。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> データは変更していません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>バックアップから復元…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自動でとられたバックアップの一覧から、データベースを復元します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データベースファイルが壊れているため、開けませんでした。

{said}正常なバックアップがあります: {at}({why}、登録 {count}件)

「バックアップから復元」: このバックアップの内容で起動します。バックアップの後に行った変更はなくなります。壊れたファイルは削除せず、名前を変えて同じフォルダーに残します。
「閉じる」: 何も変更せずに終了します。

ファイル: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at} のバックアップ({why}、登録 {count}件)から復元しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>壊れたファイルは、削除せずに {path} に残しています(サポートに相談するときのために保管してください)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>バックアップから復元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>設定チェック</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMへの反映</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ツール(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>設定チェック(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先 × お知らせ種類の一覧と、注文が届かなくなる設定の問題点を表示します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先の一括変更…(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>あるアドレスを使っているすべての登録の送信先を、別のアドレスに変更します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMから読み込み…(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J・QSMのお知らせ設定データを貼り付けて取り込みます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMへの反映(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J・QSMで行う変更のチェックリストを表示します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今の送信先のアドレス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>読み込み中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>アドレスの一覧を読み込めませんでした。アドレスを入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入力が変わりました。もう一度【プレビュー】を押してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>対象の登録を探しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}件の登録で「{old}」を「{new}」に置き換えます(まだ変更していません)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このままでは変更できません:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}件の送信先を変更します。よろしいですか?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一括変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>もう一度【プレビュー】を押してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修正が完了しました({count}件)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレート番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カテゴリ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートグループ名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用(Y/N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>変更前の送信先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>変更後の送信先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>備考</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}件の登録で使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用(Y/N) = Y: メールは連動システムへ転送されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用(Y/N) = Y、待機(Y/N) = Y: 転送されますが、待機の設定があります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録はありますが 使用(Y/N) が N です。このお知らせは連動システムへ転送されません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このテンプレートのグループと送信先では、このお知らせ種類の登録がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({count}件)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録番号 {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ダブルクリック(Enter)でフォームに開きます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>お知らせ種類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({line}行目 {column}文字目)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>設定チェック: まだチェックしていません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>エラー {errors}件 · 警告 {warnings}件 · 登録 {checked}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown}件 / {total}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録が変わりました。表示するとチェックし直します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at} にチェック</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({seconds:.1f}秒)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>設定チェックができませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>【再チェック】でもう一度チェックしてください。くり返すときは、アプリを開き直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>問題点を選ぶと、ここに内容と直し方が表示されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録番号 {ids} — ダブルクリック(Enter)で登録番号 {first} を開きます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>済</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMで作業が終わった項目にチェックを付けます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>対象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>処理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェックリストの印刷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェックリストをHTMLで保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMに反映する変更.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMに反映する変更はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一覧から項目を選ぶと、QSMでの手順がここに表示されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未完了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェックリストを作れませんでした。ほかのタブを開いてからこのタブに戻ると、もう一度作ります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「済」の変更を保存できませんでした(元のままです)。もう一度クリックしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMに反映する変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMに反映する変更はありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMに反映する変更: {count}件(未完了 {pending}件)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェックリストをテキストでコピーしました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェックリストを印刷しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存できませんでした: {path}
フォルダーに書き込めるか、同じ名前のファイルをほかのアプリで開いていないか確かめて、もう一度保存してください(別の場所や名前でも保存できます)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存しました: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一覧の{count}件の変更(未完了 {pending}件)を、すべてQSMに反映済みにします。
チェックリストは空になります。よろしいですか?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>すべて反映済みにする</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映済みにできませんでした(何も変更していません)。もう一度「すべて反映済みにする」を押してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}件の変更をQSMに反映済みにしました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ほか{count}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (ダブルクリックで登録を開く)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録番号 {id} を開く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先「{address}」を一括変更…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>クリップボードにテキストがありません。QSMで表の行を選んでコピーしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>貼り付けた内容が変わりました。もう一度【プレビュー】を押してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSM の お知らせ設定データ を貼り付けてから【プレビュー】を押してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込める行がありません。J・QSMの お問い合わせ &gt; 受注メール管理 で【検索】し、表の行を選んでコピーしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>【プレビュー】を押すと、行ごとの処理がここに表示されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込めない行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(まだ取り込んでいません)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込めない行({count}行)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込めない行(なし)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>貼り付けになかった登録(変更も削除もしません): 登録番号 {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>読み込みが完了しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新規 {created}件、更新 {updated}件、変更なし {unchanged}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込めなかった行: {lines}行目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMで反映済みと確認できたチェックリストの項目 {count}件に済を付けました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しい登録として取り込みます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容/備考</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>貼り付けた内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新規 {created}件、更新 {updated}件、変更なし {unchanged}件、取り込めない行 {problems}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重大度:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>すべて</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>エラーのみ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>警告のみ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(うち 使用=N {disabled} 件)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(変更なし)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最後の保存: {at} 登録番号 {id} を{action}{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録番号 {id} の転送を止めます(使用 = N にして修正)。
この登録のメールは連動システムへ転送されなくなります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートのグループ名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレート名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信方法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カタログの文面はQSM Desktopの見本です。J・QSMで【参照】→【Confirm】した文面を「QSMの文面を貼り付け」で取り込むと、実際に届くメールを確かめられます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J・QSMのフォームから取り込んだ文面です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この画面で編集した文面です(カタログの見本ともQSMから取り込んだ文面とも違います)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(選ばない)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkAddressDialog</name>
    <message>
        <source>送信先の一括変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先に「変更前のアドレス」を使っているすべての登録で、そのアドレスを「変更後のアドレス」に置き換えます(大文字・小文字は区別しません)。連動サービスの受信アドレスが変わったときに使います。まず【プレビュー】で対象の登録を確かめてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>変更前のアドレス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>変更後のアドレス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例: orders-new@example.jp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>対象の登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビュー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一括変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>チェックリスト全体をテキストでクリップボードにコピーします</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テキストをコピー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印刷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTMLで保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一覧のすべての変更をQSMで反映済みにし、チェックリストを空にします</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>すべて反映済みにする</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>オフラインで行った変更は、J・QSMでも同じように手作業で変更する必要があります。上から順に作業し、QSMで終わった項目の「済」にチェックを付けてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMに反映する変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSMでの手順</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompaniesDialog</name>
    <message>
        <source>連動会社一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #8a1c1c; font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連動会社</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選んだ連動会社の詳細</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連動会社を選ぶと、分かっていることと出典が表示されます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選んだ連動会社の出典(公開マニュアル)をブラウザーで開きます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出典をブラウザーで開く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>ほかの画面での変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>変更された項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「相手の変更を読み込む」: 保存されている内容をフォームに読み込みます(このフォームで入力した変更は破棄されます)。
「自分の変更で上書き」: このフォームで変更した項目を保存します(あなたが変更していない項目は、相手の変更のまま残ります)。
「キャンセル」: 何も保存せず、フォームに戻ります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>相手の変更を読み込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自分の変更で上書き</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>お知らせ設定データ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>検索条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>お知らせ種類(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>お知らせ種類で絞り込みます(ALL = すべて)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>お知らせ種類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートのグループ(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連動会社(テンプレートのグループ)で絞り込みます(ALL = すべて)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートのグループ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用(Y/N)で絞り込みます。N = メールが転送されない登録です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用(Y/N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先にこの文字を含む登録を探します(Enter で検索、Ctrl+F でここへ移動)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>アドレスの一部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条件に合う登録を表示します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空のフォームで新しい登録を始めます (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新規</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイル(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>編集(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新規(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空のフォームで新しい登録を始めます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存 — 【修正】/【登録】(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>編集中の登録を【修正】します。新しいフォームなら【登録】します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>終了(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先で検索(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選択した登録を開く(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選択した登録をフォームに表示します(ダブルクリック、Enter、F2 と同じ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>転送を止める(使用=N)(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録は削除できません。使用を N にすると、メールが転送されなくなります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再検索(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列の幅と順序を元に戻す(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このアプリについて(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <source>検索:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品番号・販売者コード・商品名 (オプションの内容も) の一部で検索します。全角/半角、大文字/小文字は区別しません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品番号・販売者コード・商品名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込んだファイルを Shift_JIS (CP932) で書き出します (NextEngine 向け)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift_JIS で書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>リンクチェック</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重大度:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重大度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連動サービスが受け付けない値 (半角括弧、コードの重複、終了日 …) を探します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビューの見本に使う</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選んだ商品 (オプション) をプレビューの見本の注文の商品にします</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>商品番号をコピー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>オプションをすべて開く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>オプションをすべて閉じる</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QsmImportDialog</name>
    <message>
        <source>QSMから読み込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSM の お知らせ設定データ を選択してコピーし、ここに貼り付けてください。
(J・QSM の お問い合わせ &gt; 受注メール管理 で【検索】し、表の行を見出しごと選んでコピーします。)
【プレビュー】で行ごとの処理を確かめてから【読み込み】を押してください。テンプレート番号と送信先が同じ登録は更新され、削除されるものはありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>貼り付けた お知らせ設定データ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>クリップボードから貼り付け</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビュー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込む行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込めない行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>読み込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>登録内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QFrame#changedBar { background: #fde7e7; border: 1px solid #d08080; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このデータはほかの画面で変更されました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存されている内容をフォームに読み込みます(このフォームの未保存の変更は破棄されます)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>読み込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このフォームの内容と、保存されている内容を項目ごとに比べます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比較</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレート</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>お知らせ種類 · 送信方法 · テンプレートのグループ · テンプレート名(【参照】で選びます)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>【参照】でテンプレートを選んでください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートの選択を開きます(お知らせ種類とテンプレートのグループで検索)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参照</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020; font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートのエラー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連動会社の受信アドレス。複数は「,」または「;」で区切ります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例: orders@example.jp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先のエラー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #8a5a00; font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先の注意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用 / 待機</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェックあり = Y(転送する)、なし = N(メールが転送されません)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用(Y/N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y: 転送する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待機(Y/N)。Y のときだけ Period を入力できます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待機(Y/N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待機の時間(分)。待機(Y/N) が Y のときだけ使えます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未設定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period のエラー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>認識キー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連動会社から指定された場合だけ入力します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>認識キーのエラー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>タイトル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>メールの件名。連動会社は件名でメールを見分けます(例: Qoo10の注文のお知らせです。)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>タイトルのエラー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例: Qoo10 &lt;qoo10info@qoo10.jp&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信者のエラー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートの詳細</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QFrame#catalogNotice { background: #fff4d6; border: 1px solid #e0c060; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>タイトル・送信者・テンプレートの詳細をカタログの文面に戻します(履歴に残ります)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カタログの文面に戻す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>メールの本文(HTML可)。{$_項目名_$} が注文の値に置き換わります。Ctrl+Tab で次の項目へ移動します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>差し込み項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>差し込み項目の絞り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>項目名で絞り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ダブルクリック(または Enter)でカーソル位置に差し込みます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履歴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作 / 項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修正者 / 変更前 → 変更後</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビューの警告(クリックでその位置へ移動)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字コード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビューの文字が ISO-2022-JP・CP932 で送れるか(位置はプレビューの中の行と列)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字コードの確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートの詳細のエラー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新規登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>フォームを空にします</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>初期化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>フォームの内容で新しい登録を作ります</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>編集中の登録をフォームの内容で修正します(登録番号と履歴はそのまま)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビュー — 連動システムが受け取るメール</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>サンプル注文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビューに使う架空の注文データ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビュー: タイトル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビュー: 送信者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビュー: 送信先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本文(HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビュー: 本文(HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本文(テキスト)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビュー: 本文(テキスト)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連動システムが読み取る本文のテキストです。タブと空白を記号で表示します。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>バックアップから復元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選んだバックアップの時点の内容に、データベースを戻します。一覧は新しい順です。
今の内容は、復元の前にバックアップとして残します(この一覧から戻せます)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>バックアップの一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>バックアップはまだありません。バックアップは、その日最初の起動のときと、送信先の一括変更・QSMから読み込みなどの前に、自動でとられます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020; font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>復元のエラー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>復元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupCheckView</name>
    <message>
        <source>今の登録をもう一度チェックします</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再チェック</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先 × お知らせ種類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信先・グループで絞り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>問題点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重大度:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重大度</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>テンプレートの選択</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連動会社(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連動会社</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連動会社を選ぶと、その会社が使うテンプレートのグループを選んで検索します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連動会社のテンプレートのグループと出典</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>お知らせ種類(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>お知らせ種類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートのグループ(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートのグループ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選んだ種類とグループのテンプレートを表示します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>種類とテンプレートのグループを選択し、【検索】ボタンをクリックするとテンプレートが表示されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレート</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>クリックして【Confirm】、またはダブルクリックでフォームに入れます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選んだテンプレートをフォームに入れて閉じます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>何も変えずに閉じます (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
