// A loopback stand-in for the parts of Stripe's API that the marketplace uses, defined once for
// the backend's tests (integration-tests/fakes/stripe-fake.ts re-exports it) and the e2e stack
// (scripts/lib/stack.mjs runs it as a process: `node scripts/lib/stripe-fake.cjs --port N`).
//
// Server calls (secret key `sk_...`, from Medusa's Stripe provider): payment intents (create,
// retrieve, update, confirm, capture, cancel), refunds and customers. Browser calls (publishable
// key `pk_...`, from the e2e's fake Stripe.js): retrieve and confirm one payment intent, and only
// with that intent's client secret. A browser confirmation applies Stripe's test-card rules for
// the two cards the tests use: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined.
// It keeps state in memory, answers in Stripe's JSON shapes (errors included, so the SDK raises
// the same error classes), allows CORS, and records every request so tests can assert amounts
// and currencies (in-process through the returned object, out of process on GET /__fake/state).
// It is not Stripe: no events of its own; tests drive webhooks and server-side states explicitly.
"use strict";
const { createServer } = require("node:http");
const { randomBytes } = require("node:crypto");

/** Parses Stripe's form encoding (`metadata[session_id]=x&expand[0]=payment_method`) into nested objects. */
function parseStripeForm(raw) {
  const out = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = key.replace(/\]/g, "").split("[");
    let node = out;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = node[part] ??= {};
    });
  }
  return out;
}

const id = (prefix) => `${prefix}_${randomBytes(12).toString("hex")}`;
const now = () => Math.floor(Date.now() / 1000);

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "authorization, content-type, idempotency-key, stripe-version",
  "access-control-allow-methods": "GET, POST, DELETE, OPTIONS",
};

/** Stripe's test cards that the fake knows, by number. */
const TEST_CARDS = {
  "4242424242424242": { paymentMethod: "pm_card_visa" },
  "4000000000000002": { decline: { code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." } },
};

function stripeError(res, status, error) {
  res.writeHead(status, { "content-type": "application/json", "request-id": id("req"), ...CORS });
  res.end(JSON.stringify({ error: { type: "invalid_request_error", ...error } }));
}

async function startStripeFake(port = 0) {
  const requests = [];
  const intents = new Map();
  const customers = new Map();
  const refunds = [];

  const confirm = (intent, paymentMethod) => {
    intent.payment_method = paymentMethod ?? intent.payment_method ?? "pm_card_visa";
    intent.latest_charge = id("ch");
    intent.last_payment_error = null;
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture";
      intent.amount_capturable = intent.amount;
    } else {
      intent.status = "succeeded";
      intent.amount_received = intent.amount;
    }
    return intent;
  };

  /** Stripe.js with a publishable key: only the intent whose client secret it holds, only retrieve and confirm. */
  const handlePublishable = (res, ok, method, resource, resourceId, action, body) => {
    if (resource !== "payment_intents" || !resourceId || !((method === "GET" && !action) || (method === "POST" && action === "confirm"))) {
      return stripeError(res, 401, { message: "This API call cannot be made with a publishable API key." });
    }
    const pi = intents.get(resourceId);
    if (!pi) return stripeError(res, 404, { code: "resource_missing", param: "intent", message: `No such payment_intent: '${resourceId}'` });
    if (!body.client_secret || body.client_secret !== pi.client_secret) {
      return stripeError(res, 400, { code: "payment_intent_invalid_parameter", param: "client_secret",
        message: "The client_secret provided does not match the client_secret associated with the PaymentIntent." });
    }
    if (method === "GET") return ok(pi);
    if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(pi.status)) {
      return stripeError(res, 400, { code: "payment_intent_unexpected_state", message: `You cannot confirm this PaymentIntent because it has a status of ${pi.status}.`, payment_intent: pi });
    }
    const card = body.payment_method_data?.card;
    const number = String(card?.number ?? "").replace(/\s+/g, "");
    if (body.payment_method_data?.type !== "card" || !number) {
      return stripeError(res, 400, { code: "parameter_missing", param: "payment_method_data[card][number]", message: "Missing required param: payment_method_data[card][number]." });
    }
    const known = TEST_CARDS[number];
    if (!known) {
      return stripeError(res, 402, { type: "card_error", code: "incorrect_number", param: "number", message: "Your card number is incorrect." });
    }
    if (known.decline) {
      const error = { type: "card_error", ...known.decline, payment_method: { id: id("pm"), object: "payment_method", type: "card" } };
      pi.status = "requires_payment_method";
      pi.last_payment_error = error;
      return stripeError(res, 402, { ...error, payment_intent: pi });
    }
    return ok(confirm(pi, known.paymentMethod));
  };

  const handle = (req, res, raw) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const method = req.method ?? "GET";
    if (method === "OPTIONS") {
      res.writeHead(204, CORS);
      return res.end();
    }
    const ok = (payload) => {
      res.writeHead(200, { "content-type": "application/json", "request-id": id("req"), ...CORS });
      res.end(JSON.stringify(payload));
    };
    if (url.pathname === "/__fake/state" && method === "GET") {
      return ok({ intents: [...intents.values()], refunds, requests });
    }
    const body = method === "GET" || method === "DELETE" ? parseStripeForm(url.search.slice(1)) : parseStripeForm(raw);
    const idempotencyKey = req.headers["idempotency-key"];
    const authorization = String(req.headers.authorization ?? "");
    const key = authorization.startsWith("Bearer sk_") ? "secret" : authorization.startsWith("Bearer pk_") ? "publishable" : null;
    requests.push({ method, path: url.pathname, body, idempotencyKey, key });
    if (!key) return stripeError(res, 401, { message: "Invalid API Key provided" });
    const [, resource, resourceId, action] = url.pathname.split("/").filter(Boolean); // ["v1", resource, id?, action?]
    if (key === "publishable") return handlePublishable(res, ok, method, resource, resourceId, action, body);

    if (resource === "payment_intents") {
      if (!resourceId && method === "POST") {
        const amount = Number(body.amount);
        if (!Number.isInteger(amount) || amount < 1) return stripeError(res, 400, { code: "parameter_invalid_integer", param: "amount", message: "Invalid integer" });
        if (!body.currency) return stripeError(res, 400, { code: "parameter_missing", param: "currency", message: "Missing required param: currency." });
        const pi = {
          id: id("pi"), object: "payment_intent", amount, amount_capturable: 0, amount_received: 0,
          currency: String(body.currency).toLowerCase(), status: "requires_payment_method",
          capture_method: body.capture_method === "manual" ? "manual" : "automatic",
          client_secret: "", metadata: body.metadata ?? {}, customer: body.customer ?? null,
          payment_method: body.payment_method ?? null, last_payment_error: null, latest_charge: null,
          created: now(), description: body.description ?? null, livemode: false,
        };
        pi.client_secret = `${pi.id}_secret_${randomBytes(8).toString("hex")}`;
        intents.set(pi.id, pi);
        if (body.confirm === "true" && body.payment_method) confirm(pi, body.payment_method);
        return ok(pi);
      }
      const pi = resourceId ? intents.get(resourceId) : undefined;
      if (!pi) return stripeError(res, 404, { code: "resource_missing", param: "intent", message: `No such payment_intent: '${resourceId}'` });
      if (method === "GET" && !action) return ok(pi);
      if (method === "POST" && !action) {
        if (["succeeded", "canceled"].includes(pi.status)) {
          return stripeError(res, 400, { code: "payment_intent_unexpected_state", message: `This PaymentIntent's amount could not be updated because it has a status of ${pi.status}.`, payment_intent: pi });
        }
        if (body.amount !== undefined) pi.amount = Number(body.amount);
        if (body.metadata) pi.metadata = { ...pi.metadata, ...body.metadata };
        return ok(pi);
      }
      if (method === "POST" && action === "confirm") {
        if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(pi.status)) {
          return stripeError(res, 400, { code: "payment_intent_unexpected_state", message: `You cannot confirm this PaymentIntent because it has a status of ${pi.status}.`, payment_intent: pi });
        }
        return ok(confirm(pi, body.payment_method));
      }
      if (method === "POST" && action === "capture") {
        if (pi.status !== "requires_capture") {
          return stripeError(res, 400, { code: "payment_intent_unexpected_state", message: `This PaymentIntent could not be captured because it has a status of ${pi.status}.`, payment_intent: pi });
        }
        const toCapture = body.amount_to_capture !== undefined ? Number(body.amount_to_capture) : pi.amount_capturable;
        pi.status = "succeeded";
        pi.amount_received = toCapture;
        pi.amount_capturable = 0;
        return ok(pi);
      }
      if (method === "POST" && action === "cancel") {
        if (["succeeded", "canceled"].includes(pi.status)) {
          return stripeError(res, 400, { code: "payment_intent_unexpected_state", message: `You cannot cancel this PaymentIntent because it has a status of ${pi.status}.`, payment_intent: pi });
        }
        pi.status = "canceled";
        pi.amount_capturable = 0;
        return ok(pi);
      }
    }

    if (resource === "refunds" && method === "POST" && !resourceId) {
      const pi = intents.get(String(body.payment_intent));
      if (!pi) return stripeError(res, 404, { code: "resource_missing", param: "payment_intent", message: "No such payment_intent" });
      const already = refunds.filter((r) => r.payment_intent === pi.id).reduce((sum, r) => sum + r.amount, 0);
      const amount = body.amount !== undefined ? Number(body.amount) : pi.amount_received - already;
      if (pi.status !== "succeeded" || amount < 1 || already + amount > pi.amount_received) {
        return stripeError(res, 400, { code: already >= pi.amount_received ? "charge_already_refunded" : "amount_too_large", message: "Refund amount is greater than the unrefunded amount." });
      }
      const refund = { id: id("re"), object: "refund", amount, currency: pi.currency, payment_intent: pi.id, status: "succeeded", created: now() };
      refunds.push(refund);
      return ok(refund);
    }

    if (resource === "customers") {
      if (!resourceId && method === "POST") {
        const customer = { id: id("cus"), object: "customer", email: body.email ?? null, name: body.name ?? null, phone: body.phone ?? null, created: now() };
        customers.set(customer.id, customer);
        return ok(customer);
      }
      const customer = resourceId ? customers.get(resourceId) : undefined;
      if (!customer) return stripeError(res, 404, { code: "resource_missing", param: "id", message: `No such customer: '${resourceId}'` });
      if (method === "GET" && action === "payment_methods") return ok({ object: "list", data: [], has_more: false, url: url.pathname });
      if (method === "GET" && !action) return ok(customer);
      if (method === "POST" && !action) return ok(Object.assign(customer, body));
      if (method === "DELETE" && !action) {
        customers.delete(customer.id);
        return ok({ id: customer.id, object: "customer", deleted: true });
      }
    }

    return stripeError(res, 404, { code: "resource_missing", message: `Unrecognized request URL (${method}: ${url.pathname}) in the Stripe fake.` });
  };

  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        handle(req, res, Buffer.concat(chunks).toString("utf8"));
      } catch (e) {
        stripeError(res, 500, { type: "api_error", message: e.message });
      }
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address();

  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    intents,
    refunds,
    pay(intentId) {
      const pi = intents.get(intentId);
      if (!pi) throw new Error(`Stripe fake: no payment intent ${intentId}`);
      return confirm(pi);
    },
    requestsTo(method, path) {
      return requests.filter((r) => r.method === method && path.test(r.path));
    },
    reset() {
      requests.length = 0;
      intents.clear();
      customers.clear();
      refunds.length = 0;
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

module.exports = { startStripeFake, parseStripeForm, TEST_CARDS };

// As a process (the e2e stack): `node scripts/lib/stripe-fake.cjs --port 12100` prints its URL and runs until stopped.
if (require.main === module) {
  const at = process.argv.indexOf("--port");
  const port = at > 0 ? Number(process.argv[at + 1]) : 0;
  startStripeFake(port).then((fake) => {
    console.log(`Stripe fake listening on ${fake.url}`);
    const stop = () => fake.close().then(() => process.exit(0));
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  }, (err) => {
    console.error(`Stripe fake could not start: ${err.message}`);
    process.exit(1);
  });
}
