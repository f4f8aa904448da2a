-- wrk script: POST /api/v1/verify with a fixture quote (Blinken, seed 000), as the web client sends it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"quote": "No one should escalate this conflict"}'
