// Entra ID and the Bot Connector as far as a test needs them, on loopback: an OpenID metadata endpoint (the Bot
// Framework's and each tenant's) serving one RSA key made here, tokens signed with it (a channel's token for
// /api/messages, a Teams tab's SSO token), and a connector that accepts whatever the bot sends.
import crypto from 'node:crypto';
import http from 'node:http';

export const appId = '11111111-2222-3333-4444-555555555555';
export const tenant = '72f988bf-0000-4000-8000-000000000001';
const keyId = 'e2e-key';

export class EntraStub {
  constructor() {
    const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.jwk = { ...publicKey.export({ format: 'jwk' }), kid: keyId, use: 'sig', alg: 'RS256', endorsements: ['msteams'] };
  }

  async start() {
    this.server = http.createServer((req, res) => {
      const json = (body) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(body)); };
      const { pathname } = new URL(req.url, this.url);
      const entra = pathname.match(/^\/([0-9a-f-]{36})\/v2\.0\/\.well-known\/openid-configuration$/);
      if (pathname === '/v1/.well-known/openidconfiguration') json({ issuer: 'https://api.botframework.com', jwks_uri: `${this.url}/keys` });
      else if (entra) json({ issuer: `https://login.microsoftonline.com/${entra[1]}/v2.0`, jwks_uri: `${this.url}/keys` });
      else if (pathname === '/keys') json({ keys: [this.jwk] });
      else if (pathname.startsWith('/_connector/')) req.resume().on('end', () => json({ id: crypto.randomUUID() }));
      else { res.writeHead(404); res.end(); }
    });
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${this.server.address().port}`;
    return this;
  }

  get serviceUrl() { return `${this.url}/_connector/`; }

  // The bot's settings for a Teams deployment whose keys come from here.
  botSettings(domain) {
    return [
      `--BotFramework:AppId=${appId}`,
      '--BotFramework:AppPassword=unused-in-this-test',
      '--BotFramework:AppType=MultiTenant',
      `--BotFramework:AllowedTenants:0=${tenant}`,
      `--BotFramework:OpenIdMetadataUrl=${this.url}/v1/.well-known/openidconfiguration`,
      `--BotFramework:EntraOpenIdMetadataUrl=${this.url}/{tenantId}/v2.0/.well-known/openid-configuration`,
      '--BotFramework:RequireHttpsMetadata=false',
      '--BotFramework:TrustedServiceHosts:0=127.0.0.1',
      `--Board:Domain=${domain}`,
    ];
  }

  sign(claims) {
    const now = Math.floor(Date.now() / 1000);
    const part = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const body = `${part({ alg: 'RS256', typ: 'JWT', kid: keyId })}.${part({ nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims })}`;
    return `${body}.${crypto.sign('sha256', Buffer.from(body), this.privateKey).toString('base64url')}`;
  }

  // What the Bot Connector sends with an activity.
  channelToken() {
    return this.sign({ iss: 'https://api.botframework.com', aud: appId, serviceurl: this.serviceUrl });
  }

  // What TeamsJS's authentication.getAuthToken hands a tab for the member with this object id.
  tabToken(objectId, domain) {
    return this.sign({ iss: `https://login.microsoftonline.com/${tenant}/v2.0`, aud: `api://${domain}/${appId}`, tid: tenant, oid: objectId, scp: 'access_as_user', name: 'tab user' });
  }

  async stop() {
    await new Promise((resolve) => this.server.close(resolve));
  }
}
