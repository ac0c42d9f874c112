/**
 * A page that declares its sections beside it (`function TelemetryLogs() {...}` rendered as `<TelemetryLogs />` in
 * the page's panel), as settings pages of real apps do (AnythingLLM's Privacy & Data page is this shape): the
 * section's text is drawn on the panel, in the panel's colours, not on the document's background. Through the
 * checker and ESLint alike.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('local-sections');

const TAILWIND_CONFIG = `/** @type {import('tailwindcss').Config} */
export default {
  darkMode: "class",
  content: ["./index.html", "./src/**/*.{js,jsx}"],
  theme: {
    extend: {
      colors: {
        theme: {
          bg: {
            container: "var(--theme-bg-container)",
            secondary: "var(--theme-bg-secondary)",
          },
          text: {
            primary: "var(--theme-text-primary)",
            secondary: "var(--theme-text-secondary)",
          },
        },
      },
    },
  },
  plugins: [],
};
`;

// The app is dark by its variables; the document itself is white until a media query says otherwise.
const INDEX_CSS = `@tailwind base;
@tailwind components;
@tailwind utilities;

:root {
  --theme-bg-container: #0e0f0f;
  --theme-bg-secondary: #1b1b1e;
  --theme-text-primary: #ffffff;
  --theme-text-secondary: rgba(255, 255, 255, 0.6);
}

[data-theme="light"] {
  --theme-bg-container: #f9fbfd;
  --theme-bg-secondary: #ffffff;
  --theme-text-primary: #0e0f0f;
  --theme-text-secondary: #7a7d7e;
}

html,
body {
  margin: 0;
  background-color: white;
}

@media (prefers-color-scheme: dark) {
  body {
    background-color: #0e0f0f;
  }
}
`;

const MAIN = `import React from "react";
import ReactDOM from "react-dom/client";
import PrivacyAndDataHandling from "@/pages/PrivacyAndData";
import "@/index.css";

ReactDOM.createRoot(document.getElementById("root")).render(
  <React.StrictMode>
    <PrivacyAndDataHandling />
  </React.StrictMode>
);
`;

/** The page, with the panel's classes and the section's note as given. */
const page = (panel: string, note: string): string => `import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { isMobile } from "react-device-detect";
import Sidebar from "@/components/SettingsSidebar";
import PreLoader from "@/components/Preloader";
import Toggle from "@/components/lib/Toggle";
import System from "@/models/system";
import showToast from "@/utils/toast";

export default function PrivacyAndDataHandling() {
  const [settings, setSettings] = useState({});
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    System.keys().then((keys) => {
      setSettings(keys);
      setLoading(false);
    });
  }, []);

  return (
    <div className="w-screen h-screen overflow-hidden bg-theme-bg-container flex">
      <Sidebar />
      <div
        style={{ height: isMobile ? "100%" : "calc(100% - 32px)" }}
        className="${panel} w-full h-full overflow-y-scroll p-4 md:p-0"
      >
        <div className="flex flex-col w-full px-1 md:pl-6 md:pr-[50px] md:py-6 py-16">
          <p className="text-lg leading-6 font-bold text-theme-text-primary">Privacy & Data-Handling</p>
          {loading ? <PreLoader /> : <TelemetryLogs settings={settings} />}
        </div>
      </div>
    </div>
  );
}

function TelemetryLogs({ settings }) {
  const { t } = useTranslation();
  const [telemetry, setTelemetry] = useState(settings?.DisableTelemetry !== "true");

  async function toggleTelemetry() {
    await System.updateSystem({ DisableTelemetry: telemetry ? "true" : "false" });
    setTelemetry(!telemetry);
    showToast(\`Anonymous Telemetry has been \${telemetry ? "disabled" : "enabled"}.\`, "info");
  }

  return (
    <div className="relative w-full max-h-full">
      <div className="relative rounded-lg">
        <div className="space-y-6 flex h-full w-full">
          <div className="w-full flex flex-col gap-y-4">
            <div className="">
              <Toggle size="lg" className="mb-4" label={t("privacy.anonymous")} enabled={telemetry} onChange={toggleTelemetry} />
            </div>
          </div>
        </div>
        <div className="flex flex-col items-left space-y-2">
          <p className="${note} text-sm rounded-lg w-96">
            All events do not record IP-address and contain <b>no identifying</b> content, settings, chats, or other
            non-usage based information. To see the list of event tags collected you can look on{" "}
            <a href="https://github.com/search?q=sendTelemetry&type=code" className="underline text-blue-400" target="_blank" rel="noreferrer">
              GitHub here
            </a>
            .
          </p>
          <p className="${note} text-sm rounded-lg w-96">
            As an open-source project we respect your right to privacy. If you do decide to turn off telemetry, all
            we ask is to consider sending us feedback so that we can continue to improve the product for you.{" "}
            <a href="mailto:team@example.com" className="underline text-blue-400" target="_blank" rel="noreferrer">
              team@example.com
            </a>
            .
          </p>
        </div>
      </div>
    </div>
  );
}
`;

async function findings(panel: string, note: string): Promise<string[]> {
  const dir = project({
    'package.json': JSON.stringify({ name: 'anything-llm-frontend', private: true, type: 'module', dependencies: { react: '^18.2.0', 'react-dom': '^18.2.0' }, devDependencies: { tailwindcss: '^3.4.1' } }),
    'jsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
    'tailwind.config.js': TAILWIND_CONFIG,
    'src/index.css': INDEX_CSS,
    'src/main.jsx': MAIN,
    'src/pages/PrivacyAndData/index.jsx': page(panel, note),
  });
  const { checker, eslint } = await bothDoors(dir, 'src/pages/PrivacyAndData/index.jsx');
  expect(eslint).toEqual(checker);
  return checker.filter((finding) => finding.includes('no-fine-print'));
}

describe('a section the page declares and renders in its own panel', () => {
  it("is drawn on the panel's background, not the document's", async () => {
    // Light-grey text on the dark panel: readable. Measured on the white document, it was 1:1 (a false finding).
    expect(await findings('relative bg-theme-bg-secondary', 'text-theme-text-secondary')).toEqual([]);
  });

  it("is measured against the panel's background where that makes it too faint", async () => {
    // Dark grey on the page's near-black panel all but disappears (on the white document it would read well).
    expect(await findings('relative bg-gray-900', 'text-gray-700')).toEqual(['66:11 no-fine-print lowContrast']);
  });
});
