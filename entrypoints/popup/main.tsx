import { render } from 'preact';
import { browser } from 'wxt/browser';
import { send, type TabMessage, type TabStatus } from '../../lib/messages';
import { PopupView, type RunState } from '../../components/popup/PopupView';
import { canRunOn, runOnce } from '../../components/services/inject';
import { uiLanguage } from '../../components/i18n';
import '../../components/extension-page.css';
import '../../components/popup/popup.css';
import '../../components/sites/sites.css';
import { requestSite, siteGranted } from '../../components/services/always-sites';
import type { AlwaysRunState } from '../../components/sites/AlwaysRunSite';
import { siteOf } from '../../lib/sites';
import { outletForHost } from '../../lib/outlets';

const root = document.getElementById('app');
if (!root) throw new Error('popup.html has no #app element');
document.documentElement.lang = uiLanguage();

async function main(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = tab?.id;
  const canRun = tabId !== undefined && canRunOn(tab?.url);
  const commands = await browser.commands.getAll().catch(() => []);
  const shortcut = commands.find((command) => command.name === 'toggle-sidebar')?.shortcut || undefined;

  let status: TabStatus | undefined;
  let run: RunState = { state: 'ready' };
  // Off the built-in outlets, the reader may let Jejak run on this site by itself.
  const site = canRun && tab?.url ? siteOf(tab.url) : undefined;
  const offerSite = site && !outletForHost(site.host) ? site : undefined;
  let always: AlwaysRunState = 'offer';
  const draw = () =>
    render(
      <PopupView
        status={status}
        canRun={canRun}
        run={run}
        shortcut={shortcut}
        onOpenSidebar={() => {
          if (tabId === undefined) return;
          const message: TabMessage = { type: 'open-sidebar' };
          void browser.tabs.sendMessage(tabId, message).finally(() => window.close());
        }}
        onRunHere={() => {
          if (tabId === undefined) return;
          run = { state: 'running' };
          draw();
          runOnce(tabId).then(
            () => window.close(),
            (error: unknown) => {
              run = { state: 'failed', message: error instanceof Error ? error.message : String(error) };
              draw();
            },
          );
        }}
        onOpenOptions={() => {
          void browser.runtime.openOptionsPage().then(() => window.close());
        }}
        alwaysRun={
          offerSite && {
            host: offerSite.host,
            state: always,
            onAllow: () => {
              // Straight from the click: the browser grants a permission only inside the reader's gesture.
              const asked = requestSite(tab!.url!);
              always = 'asking';
              draw();
              asked.then(
                (granted) => (always = granted ? 'granted' : 'denied'),
                (error: unknown) => (always = { failed: error instanceof Error ? error.message : String(error) }),
              ).finally(draw);
            },
          }
        }
      />,
      root!,
    );
  if (offerSite && (await siteGranted(tab!.url!).catch(() => false))) always = 'granted';
  draw();
  if (tabId === undefined) {
    status = { state: 'idle' };
  } else {
    status = await send(browser.runtime, { type: 'tab-status', tabId }).catch((): TabStatus => ({ state: 'idle' }));
  }
  draw();
}

void main();
