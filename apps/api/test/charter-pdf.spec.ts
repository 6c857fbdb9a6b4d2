import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp, withOwner } from './harness';
import { pdfPages, pdfText } from './support/pdf-text';

/** pdftotext marks right-to-left runs with bidi embedding controls; the words between them are what a search finds. */
const words = (text: string) => text.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ');

const ARABIC_GOAL = 'نجتمع لإيجاد أرضية مشتركة بشأن أمن الأحياء مع الشرطة والمجتمع المدني';

describe('the charter PDF, printed by Chromium in the process’s language', () => {
  let server: TestApp;
  let convener: Client;
  let participant: Client;
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestApp();
    convener = await new Client(server.url).signUp('Convener');
    participant = await new Client(server.url).signUp('أمينة الشرطة');
    workspaceId = await createWorkspace(convener, 'منتدى المدينة');
    await joinWorkspace(convener, participant, workspaceId);
  });
  afterAll(() => server.close());

  /** A process in `language` whose adopted charter has an Arabic goal and one signature. */
  async function adoptedCharter(language: string, title: string) {
    const process = await createProcess(convener, workspaceId, { title });
    // The document language is stored on the process (set here directly: the screens that choose it are elsewhere).
    await withOwner(async (db) => {
      await db.query('begin');
      await db.query("select set_config('app.workspace_id', $1, true)", [workspaceId]);
      const { rowCount } = await db.query('update processes set language = $2 where id = $1', [process.id, language]);
      await db.query('commit');
      expect(rowCount).toBe(1);
    });
    const base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    await convener.post(`${base}/members`, { userId: participant.user?.id, role: 'participant' });
    let version = (await convener.post(`${base}/charter/versions`, {})).body;
    version = (
      await convener.patch(`${base}/charter/versions/${version.id}`, {
        content: { ...version.content, sections: { ...version.content.sections, goal_mandate: ARABIC_GOAL } },
        version: version.version,
      })
    ).body;
    version = (await convener.post(`${base}/charter/versions/${version.id}/propose`, { version: version.version })).body;
    const adopted = (await convener.post(`${base}/charter/versions/${version.id}/adopt`, { version: version.version })).body;
    expect((await participant.post(`${base}/charter/versions/${adopted.id}/signatures`)).status).toBe(201);
    return { base, adopted };
  }

  async function download(base: string, versionId: string): Promise<Buffer> {
    const reply = await fetch(`${server.url}${base}/charter/versions/${versionId}/pdf`, { headers: { cookie: convener.cookie ?? '' } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/pdf');
    return Buffer.from(await reply.arrayBuffer());
  }

  it('prints an English charter whose text is searchable and carries the hash the verify endpoint checks', async () => {
    const { base, adopted } = await adoptedCharter('en', 'Irbid Security Dialogue');
    const pdf = await download(base, adopted.id);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = words(pdfText(pdf));
    expect(text).toContain('Irbid Security Dialogue');
    expect(text).toContain('Charter — version 1');
    expect(text).toContain('Goal and mandate');
    expect(text).toContain(ARABIC_GOAL); // Arabic content inside an English document, in logical order
    expect(text).toContain('Signatures');
    expect(text).toContain('أمينة الشرطة');
    expect(text).toContain('Audit trail');
    expect(text).toContain(`SHA-256: ${adopted.contentHash}`);
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    // The hash in the PDF is the one the verify endpoint recomputes from the stored content.
    const verification = await convener.get(`${base}/charter/versions/${adopted.id}/verify`);
    expect(verification.body).toMatchObject({ matches: true, storedHash: adopted.contentHash });
    expect(text).toContain(`SHA-256: ${verification.body.recomputedHash}`);
  });

  it('prints an Arabic charter right to left, its Arabic words in logical order', async () => {
    const { base, adopted } = await adoptedCharter('ar', 'حوار الأمن المحلي في إربد');
    const pdf = await download(base, adopted.id);
    const text = words(pdfText(pdf));
    expect(text).toContain('حوار الأمن المحلي في إربد');
    expect(text).toContain('منتدى المدينة');
    // Each run of Arabic comes out in logical (reading) order. pdftotext places a number beside Arabic
    // words by its own bidi guess, so phrases are checked without their numbers.
    for (const phrase of ['الميثاق', 'الإصدار', 'الهدف والولاية', 'التوقيعات', 'المصادقة', 'سجل التدقيق', 'بصمة المحتوى', 'الصفحة']) {
      expect(text).toContain(phrase);
    }
    expect(text).toContain(ARABIC_GOAL);
    expect(text).toContain('أمينة الشرطة');
    expect(text).toContain(`SHA-256: ${adopted.contentHash}`);
    for (const english of ['Audit trail', 'Signatures', 'Page 1', 'Goal and mandate']) expect(text).not.toContain(english);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(3);
    // The right-to-left layout: a heading's last word ends further left than its first begins.
    const layout = pdfText(pdf, { layout: true });
    const heading = layout.split('\n').find((line) => line.includes('سجل التدقيق')) ?? '';
    expect(heading.trimEnd().length - heading.trim().length).toBeGreaterThan(20); // indented from the left: right-aligned
  });

  it('answers 503 PDF_UNAVAILABLE, not a 500, when the server has no Chromium', async () => {
    const { base, adopted } = await adoptedCharter('en', 'No Printer Dialogue');
    const bare = await startTestApp({ CHROMIUM_PATH: '/nonexistent/chromium' });
    try {
      const reply = await fetch(`${bare.url}${base}/charter/versions/${adopted.id}/pdf`, { headers: { cookie: convener.cookie ?? '' } });
      expect(reply.status).toBe(503);
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
      expect(await reply.json()).toMatchObject({ status: 503, code: 'PDF_UNAVAILABLE' });
    } finally {
      await bare.close();
    }
  });
});
