// What the curation browser test does with the page as a person would:
// sign in and out through the account menu, select words in the reading
// view, fill the claim form and send it.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function signInAs(page: Page, name: string, password: string): Promise<void> {
  const button = page.locator('#account-button');
  await button.click();
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForFunction(
    (n) => document.querySelector('#account-button')?.textContent?.startsWith(n) ?? false,
    name,
  );
}

export async function signOut(page: Page): Promise<void> {
  await page.locator('#account-button').click();
  await page.locator('#account-panel').getByRole('button', { name: 'Sign out' }).click();
  await page.waitForFunction(
    () => document.querySelector('#account-button')?.textContent === 'Sign in',
  );
}

/** Selects `words` in the reading view's paragraph that holds them, as a mouse would, and lets go. */
export async function selectWords(page: Page, words: string): Promise<void> {
  await page.evaluate((w) => {
    const p = [...document.querySelectorAll('.report-paragraph')].find((x) =>
      (x.textContent ?? '').includes(w),
    );
    if (!p) throw new Error(`no paragraph holds ${w}`);
    const texts = [...p.querySelectorAll('.seg')]
      .map((s) => s.firstChild)
      .filter((n): n is Text => n instanceof Text);
    const from = texts
      .map((t) => t.data)
      .join('')
      .indexOf(w);
    const at = (offset: number): [Text, number] => {
      let left = offset;
      for (const t of texts) {
        if (left <= t.data.length) return [t, left];
        left -= t.data.length;
      }
      throw new Error('offset past the paragraph');
    };
    const range = document.createRange();
    range.setStart(...at(from));
    range.setEnd(...at(from + w.length));
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, words);
  const form = page.getByRole('form', { name: 'Make a claim' });
  await form.waitFor();
  expect(await form.locator('.claim-quote').textContent()).toBe(words);
}

/** Sets the claim form's fields by name (inputs and selects), sends it and waits for its drafts. */
export async function draftClaim(
  page: Page,
  kind: string,
  fields: Record<string, string>,
): Promise<void> {
  const form = page.getByRole('form', { name: 'Make a claim' });
  await form.getByLabel('It states').selectOption(kind);
  for (const [name, value] of Object.entries(fields)) {
    const el = form.locator(`[name="${name}"]`);
    if ((await el.evaluate((e) => e.tagName)) === 'SELECT') await el.selectOption(value);
    else await el.fill(value);
  }
  await form.getByRole('button', { name: 'Draft the claim' }).click();
  await form.locator('[role="status"]', { hasText: 'drafts made' }).waitFor();
}
