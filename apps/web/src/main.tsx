import "@mantine/core/styles.css";
import "./app/fonts.ts";
import "./app/global.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { startI18n } from "./app/i18n.ts";

const root = document.getElementById("root");
if (!root) throw new Error("index.html lacks #root");
await startI18n();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
