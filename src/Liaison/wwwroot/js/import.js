// The import wizard's live progress: polls the upload while a check or import runs, then reloads to show the outcome.
(() => {
    const card = document.querySelector("[data-import-running]");
    if (!card) {
        return;
    }

    const rows = card.querySelector("[data-import-rows]");
    const bar = card.querySelector("[data-import-bar]");
    const total = Number(bar.dataset.total || 0);
    const poll = async () => {
        try {
            const response = await fetch(`/api/v1/imports/uploads/${card.dataset.upload}`, { headers: { Accept: "application/json" } });
            if (!response.ok) {
                return;
            }

            const upload = await response.json();
            const job = upload.job;
            if (!job || job.state !== "Running") {
                window.location.reload();
                return;
            }

            rows.textContent = job.rows.toLocaleString();
            if (total > 0) {
                const percent = Math.min(100, Math.round((job.rows * 100) / total));
                bar.style.width = `${percent}%`;
                bar.parentElement.setAttribute("aria-valuenow", String(job.rows));
            }
        } finally {
            window.setTimeout(poll, 700);
        }
    };
    window.setTimeout(poll, 500);
})();
