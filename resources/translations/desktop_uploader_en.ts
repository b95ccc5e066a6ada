<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>Counts</name>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n byte</numerusform>
        <numerusform>%n bytes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s)</source>
      <translation>
        <numerusform>%n file</numerusform>
        <numerusform>%n files</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n business unit(s)</source>
      <translation>
        <numerusform>%n business unit</numerusform>
        <numerusform>%n business units</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message numerus="yes">
      <source>%n recorded run(s) match (the newest {max} are shown).</source>
      <translation>
        <numerusform>%n recorded run matches (the newest {max} are shown).</numerusform>
        <numerusform>%n recorded runs match (the newest {max} are shown).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recorded run(s) match.</source>
      <translation>
        <numerusform>%n recorded run matches.</numerusform>
        <numerusform>%n recorded runs match.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PreviewView</name>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>%n new</numerusform>
        <numerusform>%n new</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to replace</source>
      <translation>
        <numerusform>%n to replace</numerusform>
        <numerusform>%n to replace</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged, sent again</source>
      <translation>
        <numerusform>%n unchanged, sent again</numerusform>
        <numerusform>%n unchanged, sent again</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged, not sent</source>
      <translation>
        <numerusform>%n unchanged, not sent</numerusform>
        <numerusform>%n unchanged, not sent</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already there, kept</source>
      <translation>
        <numerusform>%n already there, kept</numerusform>
        <numerusform>%n already there, kept</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skipped</source>
      <translation>
        <numerusform>%n skipped</numerusform>
        <numerusform>%n skipped</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Preview ready. Business units with a problem: %n (see their status).</source>
      <translation>
        <numerusform>Preview ready. Business units with a problem: %n (see their status).</numerusform>
        <numerusform>Preview ready. Business units with a problem: %n (see their status).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Preview ready: %n to send. Nothing has been sent yet.</source>
      <translation>
        <numerusform>Preview ready: %n to send. Nothing has been sent yet.</numerusform>
        <numerusform>Preview ready: %n to send. Nothing has been sent yet.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RunController</name>
    <message numerus="yes">
      <source>Uploading %n business unit(s)…</source>
      <translation>
        <numerusform>Uploading %n business unit…</numerusform>
        <numerusform>Uploading %n business units…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Done: %n file(s) uploaded to {folder}</source>
      <translation>
        <numerusform>Done: %n file uploaded to {folder}</numerusform>
        <numerusform>Done: %n files uploaded to {folder}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Done: %n file(s) uploaded</source>
      <translation>
        <numerusform>Done: %n file uploaded</numerusform>
        <numerusform>Done: %n files uploaded</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{title}; %n file(s) reached the server</source>
      <translation>
        <numerusform>{title}; %n file reached the server</numerusform>
        <numerusform>{title}; %n files reached the server</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{bu}: cancelled; %n file(s) reached the server.</source>
      <translation>
        <numerusform>{bu}: cancelled; %n file reached the server.</numerusform>
        <numerusform>{bu}: cancelled; %n files reached the server.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{failed} of %n business unit(s) did not finish: see the message above. Files marked Done are on the server.</source>
      <translation>
        <numerusform>{failed} of %n business unit did not finish: see the message above. Files marked Done are on the server.</numerusform>
        <numerusform>{failed} of %n business units did not finish: see the message above. Files marked Done are on the server.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Finished: %n business unit(s) uploaded.</source>
      <translation>
        <numerusform>Finished: %n business unit uploaded.</numerusform>
        <numerusform>Finished: %n business units uploaded.</numerusform>
      </translation>
    </message>
  </context>
</TS>
