// Demo project for privacy-wizard: a tiny task tracker server. Not meant to run.
import express from 'express';
import * as Sentry from '@sentry/node';
import Stripe from 'stripe';
import OpenAI from 'openai';
import twilio from 'twilio';

Sentry.init({ dsn: process.env.SENTRY_DSN });
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const openai = new OpenAI();
const sms = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

const app = express();
app.post('/api/summary', async (req, res) => {
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Summarise my tasks' }] });
  res.json({ summary: completion.choices[0].message.content });
});
app.post('/api/remind', async (req, res) => {
  await sms.messages.create({ to: req.body.phone, from: '+15550100', body: 'Your task is due today.' });
  res.sendStatus(204);
});
app.post('/api/subscribe', async (req, res) => {
  const session = await stripe.checkout.sessions.create({ mode: 'subscription', line_items: [{ price: 'price_team', quantity: 1 }] });
  res.json({ url: session.url });
});
app.listen(3000);
