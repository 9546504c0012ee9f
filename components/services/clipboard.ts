/**
 * Copying plain text at the reader's click. The asynchronous Clipboard API
 * first (a click is the user activation it needs, in a page and in a content
 * script alike); where a browser refuses it, the older copy command on a
 * hidden text field placed beside the button, inside Jejak's own shadow root,
 * so the page's selection and focus are left as they were.
 */

/** True when the text is on the clipboard. */
export async function copyText(text: string, near?: Element | null): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, not focused): the copy command below may still work.
  }
  const parent = near?.parentNode;
  if (!parent || typeof document.execCommand !== 'function') return false;
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.setAttribute('aria-hidden', 'true');
  field.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  parent.appendChild(field);
  try {
    field.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
    if (near instanceof HTMLElement) near.focus();
  }
}
