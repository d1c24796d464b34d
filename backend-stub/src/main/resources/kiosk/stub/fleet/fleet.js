// The fleet page: polls GET /admin/fleet every 2 s and renders it; starts, pauses, resumes and rolls back
// rollouts. The admin token comes from #token=... in the address or the form, kept for this tab only.
"use strict";

const TEXTS = {
  "zh-CN": {
    title: "自助终端运行监控", token: "管理令牌", save: "保存", kiosk: "终端", location: "位置", status: "状态",
    heartbeat: "最近心跳", devices: "设备", problems: "待处理问题", config: "配置版本（运行/目标）",
    rollouts: "配置分批发布", version: "版本", state: "状态", progress: "进度", newConfig: "新配置（JSON）",
    targets: "终端（逗号分隔，留空为全部）", waves: "分批比例（%）", start: "开始发布",
    pause: "暂停", resume: "继续", rollback: "回滚", updated: "更新于", failed: "无法获取数据",
    secondsAgo: "秒前", never: "从未", wave: "批次",
    OK: "正常", WARNING: "注意", ERROR: "故障", OFFLINE: "离线",
    RUNNING: "发布中", PAUSED: "已暂停", COMPLETED: "已完成", ROLLED_BACK: "已回滚",
    PAPER_LOW: "纸将用尽", PAPER_OUT: "缺纸", READER_ERROR: "读卡器故障", DEVICE_ERROR: "设备故障",
    CALL_STAFF: "呼叫工作人员", OUT_OF_SERVICE: "暂停服务", CONFIG_REFUSED: "拒绝了下发的配置"
  },
  "en": {
    title: "Kiosk fleet", token: "Admin token", save: "Save", kiosk: "Kiosk", location: "Location", status: "Status",
    heartbeat: "Last heartbeat", devices: "Devices", problems: "Open problems", config: "Config (running/desired)",
    rollouts: "Staged configuration rollouts", version: "Version", state: "State", progress: "Progress",
    newConfig: "New configuration (JSON)", targets: "Kiosks (comma separated, empty for all)", waves: "Waves (%)",
    start: "Start rollout", pause: "Pause", resume: "Resume", rollback: "Roll back", updated: "Updated",
    failed: "Cannot load the fleet", secondsAgo: "s ago", never: "never", wave: "wave",
    OK: "OK", WARNING: "Warning", ERROR: "Error", OFFLINE: "Offline",
    RUNNING: "Running", PAUSED: "Paused", COMPLETED: "Completed", ROLLED_BACK: "Rolled back",
    PAPER_LOW: "Paper low", PAPER_OUT: "Paper out", READER_ERROR: "Card reader error", DEVICE_ERROR: "Device error",
    CALL_STAFF: "Staff called", OUT_OF_SERVICE: "Out of service", CONFIG_REFUSED: "Configuration refused"
  }
};
const params = new URLSearchParams(location.search);
const lang = TEXTS[params.get("lang")] ? params.get("lang") : "zh-CN";
const t = key => TEXTS[lang][key] || key;
let lastKiosks = [];

function token() {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get("token");
  if (fromHash) {
    sessionStorage.setItem("fleetToken", fromHash);
    history.replaceState(null, "", location.pathname + location.search);
  }
  return sessionStorage.getItem("fleetToken");
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method, headers: { "X-Admin-Token": token() || "", "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const json = await response.json();
  if (!response.ok) {
    throw new Error((json.message && json.message[lang]) || json.code || response.status);
  }
  return json;
}

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function renderKiosks(kiosks) {
  const body = document.querySelector("#kiosks tbody");
  body.replaceChildren();
  for (const k of kiosks) {
    const row = body.insertRow();
    row.dataset.kiosk = k.kioskId;
    row.dataset.status = k.status;
    cell(row, k.kioskId);
    cell(row, k.location);
    cell(row, t(k.status), "status");
    cell(row, k.secondsSinceHeartbeat == null ? t("never") : k.secondsSinceHeartbeat + " " + t("secondsAgo"), "heartbeat");
    cell(row, k.devices.map(d => d.device + ": " + d.state + (d.paper ? " (" + d.paper + ")" : "")).join(", "), "devices");
    const problems = cell(row, k.problems.map(p => t(p.kind) + (p.device ? " (" + p.device + ")" : "")).join(", "), "problems");
    problems.dataset.kinds = k.problems.map(p => p.kind).join(" ");
    const config = cell(row, (k.reportedConfigVersion == null ? "-" : k.reportedConfigVersion) + " / " + k.desiredConfigVersion, "config");
    config.dataset.inSync = k.inSync;
  }
}

function renderRollouts(rollouts) {
  const body = document.querySelector("#rollouts tbody");
  body.replaceChildren();
  for (const r of rollouts) {
    const row = body.insertRow();
    row.dataset.rollout = r.rolloutId;
    row.dataset.state = r.state;
    cell(row, r.rolloutId);
    cell(row, r.version);
    cell(row, t(r.state), "state");
    cell(row, t("wave") + " " + (r.currentWave + 1) + "/" + r.waves.length + ", " + r.inSync + "/" + r.targets, "progress");
    const actions = row.insertCell();
    const buttons = { RUNNING: ["pause", "rollback"], PAUSED: ["resume", "rollback"], COMPLETED: ["rollback"] }[r.state] || [];
    for (const action of buttons) {
      const button = document.createElement("button");
      button.textContent = t(action);
      button.dataset.action = action;
      button.addEventListener("click", () => api("POST", "/admin/rollouts/" + r.rolloutId + "/" + action).then(refresh, showError));
      actions.append(button);
    }
  }
}

function showError(e) {
  document.getElementById("rollout-error").textContent = String(e.message || e);
}

async function refresh() {
  const updated = document.getElementById("updated");
  if (!token()) {
    document.getElementById("token-form").hidden = false;
    return;
  }
  try {
    const fleet = await api("GET", "/admin/fleet");
    lastKiosks = fleet.kiosks;
    renderKiosks(fleet.kiosks);
    renderRollouts(fleet.rollouts);
    updated.dataset.state = "ok";
    updated.dataset.at = fleet.generatedAt;
    updated.textContent = t("updated") + " " + new Date(fleet.generatedAt).toLocaleTimeString(lang);
  } catch (e) {
    updated.dataset.state = "failed";
    updated.textContent = t("failed") + ": " + (e.message || e);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.documentElement.lang = lang;
  document.title = t("title");
  for (const el of document.querySelectorAll("[data-text]")) el.textContent = t(el.dataset.text);
  document.getElementById("token-form").addEventListener("submit", e => {
    e.preventDefault();
    sessionStorage.setItem("fleetToken", document.getElementById("token").value);
    document.getElementById("token-form").hidden = true;
    refresh();
  });
  document.getElementById("rollout-form").addEventListener("submit", e => {
    e.preventDefault();
    showError("");
    let config;
    try {
      config = JSON.parse(document.getElementById("rollout-config").value);
    } catch (err) {
      showError(err.message);
      return;
    }
    const named = document.getElementById("rollout-kiosks").value.split(",").map(s => s.trim()).filter(Boolean);
    const waves = document.getElementById("rollout-waves").value.split(",").map(s => parseInt(s.trim(), 10));
    api("POST", "/admin/rollouts", { config, kioskIds: named.length ? named : lastKiosks.map(k => k.kioskId), waves })
      .then(refresh, showError);
  });
  refresh();
  setInterval(refresh, 2000);
});
