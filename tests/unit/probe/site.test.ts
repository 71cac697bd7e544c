/** The site a name belongs to: the unit of redirect following and of per-target budgets. */
import { describe, expect, it } from 'vitest';
import { registrableDomain } from '../../../src/lib/probe/host.ts';

describe('registrableDomain', () => {
  it.each([
    ['mail.example.ch', 'example.ch', 'an ordinary name'],
    ['autodiscover.mail.example.co.uk', 'example.co.uk', 'under a two-label public suffix'],
    ['vm1.westeurope.cloudapp.azure.com', 'vm1.westeurope.cloudapp.azure.com', 'an Azure VM: its own site'],
    ['owa.vm1.westeurope.cloudapp.azure.com', 'vm1.westeurope.cloudapp.azure.com', 'a name below an Azure VM'],
    ['ec2-1-2-3-4.compute-1.amazonaws.com', 'ec2-1-2-3-4.compute-1.amazonaws.com', 'an EC2 name: its own site'],
    [
      'mail.ec2-1-2-3-4.eu-west-1.compute.amazonaws.com',
      'ec2-1-2-3-4.eu-west-1.compute.amazonaws.com',
      'EC2, a region',
    ],
    ['contoso.azurewebsites.net', 'contoso.azurewebsites.net', "the public suffix list's private section"],
  ])('%s → %s (%s)', (host, site) => {
    expect(registrableDomain(host)).toBe(site);
  });

  it('tells two customers of one cloud zone apart', () => {
    expect(registrableDomain('a.westeurope.cloudapp.azure.com')).not.toBe(
      registrableDomain('b.westeurope.cloudapp.azure.com'),
    );
  });
});
