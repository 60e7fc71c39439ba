/**
 * A platform image catalogue the size ASM's was in 2015–2016: about 1,400 public OS images, about 1.6 MB of
 * listOsImages XML. Field sizes follow the recorded answer (../shared/asm-recordings, test_list_os_images: ~1.3 KB
 * per image, description 200–600 characters, every location, EULA and privacy links). Deterministic.
 */
import type { SeedOsImage } from '../../src/emulator/state/seed';
import { mulberry32 } from '../../src/util/mulberry32';

interface Family {
    readonly publisher: string;
    readonly hash: string;
    readonly family: string;
    readonly os: 'Linux' | 'Windows';
    readonly sizeGb: number;
    readonly eula: string;
    readonly blurb: string;
}

const FAMILIES: readonly Family[] = [
    { publisher: 'Canonical', hash: 'b39f27a8b8c64d52b05eac6a62ebad85', family: 'Ubuntu Server 14.04 LTS', os: 'Linux', sizeGb: 30, eula: 'http://www.ubuntu.com/project/about-ubuntu/licensing;http://www.ubuntu.com/aboutus/privacypolicy', blurb: "Ubuntu Server is the world's most popular Linux for cloud environments. Updates and patches will be available until 2019-04-17. Ubuntu Server is the perfect platform for all workloads from web applications to NoSQL databases and Hadoop." },
    { publisher: 'Canonical', hash: 'b39f27a8b8c64d52b05eac6a62ebad85', family: 'Ubuntu Server 12.04 LTS', os: 'Linux', sizeGb: 30, eula: 'http://www.ubuntu.com/project/about-ubuntu/licensing;http://www.ubuntu.com/aboutus/privacypolicy', blurb: 'Ubuntu Server 12.04 LTS for Microsoft Azure. Updates and patches for Ubuntu 12.04 LTS will be available until 2017-04-26. For more information see [Ubuntu Cloud|http://www.ubuntu.com/cloud|_blank] and [using Juju to deploy your workloads|http://juju.ubuntu.com|_blank].' },
    { publisher: 'Canonical', hash: 'b39f27a8b8c64d52b05eac6a62ebad85', family: 'Ubuntu Server 15.10', os: 'Linux', sizeGb: 30, eula: 'http://www.ubuntu.com/project/about-ubuntu/licensing;http://www.ubuntu.com/aboutus/privacypolicy', blurb: 'Ubuntu Server 15.10 (amd64) for Microsoft Azure. This is a non-LTS release supported for nine months. Ubuntu Server delivers the best value scale-out performance available.' },
    { publisher: 'OpenLogic', hash: '5112500ae3b842c8b9c604889f8753c3', family: 'OpenLogic 7', os: 'Linux', sizeGb: 30, eula: 'http://www.openlogic.com/azure/service-agreement/', blurb: 'This distribution of Linux is based on CentOS version 7 and is provided by OpenLogic. It contains an installation of the Basic Server packages and the Microsoft Azure Linux Agent.' },
    { publisher: 'OpenLogic', hash: '5112500ae3b842c8b9c604889f8753c3', family: 'OpenLogic 6', os: 'Linux', sizeGb: 30, eula: 'http://www.openlogic.com/azure/service-agreement/', blurb: 'This distribution of Linux is based on CentOS version 6 and is provided by OpenLogic. It contains an installation of the Basic Server packages.' },
    { publisher: 'SUSE', hash: 'b4590d9e3ed742e4a1d46e5424aa335e', family: 'SUSE Linux Enterprise Server 12', os: 'Linux', sizeGb: 30, eula: 'http://www.suse.com/licensing/eula/', blurb: 'SUSE Linux Enterprise Server is a highly reliable, scalable and secure server operating system, built to power physical, virtual and cloud-based mission-critical workloads. With this affordable, interoperable and manageable open source foundation, enterprises can cost-effectively deliver core business services.' },
    { publisher: 'SUSE', hash: 'b4590d9e3ed742e4a1d46e5424aa335e', family: 'openSUSE 13.2', os: 'Linux', sizeGb: 30, eula: 'http://opensuse.org/', blurb: 'openSUSE 13.2 brings updated desktop environments and software, lot of bug fixing and performance improvements.' },
    { publisher: 'Oracle', hash: 'c290a6b031d841e09f2da759bbabe71f', family: 'Oracle Linux 7', os: 'Linux', sizeGb: 30, eula: 'http://www.oracle.com/technetwork/licenses/oracle-license-2016757.html', blurb: 'Oracle Linux 7 with the Unbreakable Enterprise Kernel. Oracle Linux brings the latest Linux innovations to market, delivering extreme performance, advanced scalability, and reliability for enterprise applications and systems.' },
    { publisher: 'CoreOS', hash: '2b171e93f07c4903bcad35bda10acf22', family: 'CoreOS Stable', os: 'Linux', sizeGb: 30, eula: 'https://coreos.com/legal/open-source/', blurb: 'CoreOS is a Linux distribution to make large, scalable deployments on varied infrastructure simple to manage. CoreOS maintains a lightweight host system and uses containers for all applications.' },
    { publisher: 'credativ', hash: 'b39f27a8b8c64d52b05eac6a62ebad86', family: 'Debian 8 "Jessie"', os: 'Linux', sizeGb: 30, eula: 'http://www.debian.org/legal/licenses/', blurb: 'Debian GNU/Linux is one of the most popular Linux distributions. Debian 8 "Jessie" with backports, installed with the Azure Linux Agent and cloud-init.' },
    { publisher: 'Microsoft Windows Server Group', hash: 'a699494373c04fc0bc8f2bb1389d6106', family: 'Windows Server 2012 R2 Datacenter', os: 'Windows', sizeGb: 128, eula: 'http://go.microsoft.com/fwlink/?LinkId=299229', blurb: 'At the heart of the Microsoft Cloud OS vision, Windows Server 2012 R2 brings Microsoft\'s experience delivering global-scale cloud services into your infrastructure. It offers enterprise-class performance, flexibility for your applications and excellent economics for your datacenter and hybrid cloud environment. This image includes Windows Server 2012 R2 Update.' },
    { publisher: 'Microsoft Windows Server Group', hash: 'a699494373c04fc0bc8f2bb1389d6106', family: 'Windows Server 2012 Datacenter', os: 'Windows', sizeGb: 128, eula: 'http://go.microsoft.com/fwlink/?LinkId=299229', blurb: 'Windows Server 2012 incorporates Microsoft\'s experience building and operating public clouds, resulting in a dynamic, highly available server platform. It offers a scalable, dynamic and multi-tenant-aware infrastructure that helps securely connect across premises.' },
    { publisher: 'Microsoft Windows Server Group', hash: 'a699494373c04fc0bc8f2bb1389d6106', family: 'Windows Server 2008 R2 SP1', os: 'Windows', sizeGb: 128, eula: 'http://go.microsoft.com/fwlink/?LinkId=299229', blurb: 'Windows Server 2008 R2 is a multi-purpose server designed to increase the reliability and flexibility of your server or private cloud infrastructure, helping you to save time and reduce costs.' },
    { publisher: 'Microsoft SQL Server Group', hash: 'fb83b3509582419d99629ce476bcb5c8', family: 'SQL Server 2014 SP1 Enterprise on Windows Server 2012 R2', os: 'Windows', sizeGb: 128, eula: 'http://go.microsoft.com/fwlink/?LinkID=386636', blurb: 'This image contains the full version of SQL Server 2014 SP1 Enterprise edition. Some SQL Server components require additional setup and configuration before use. The image is enabled for the SQL Server IaaS Agent extension, which provides automated backup and patching.' },
    { publisher: 'Microsoft SQL Server Group', hash: 'fb83b3509582419d99629ce476bcb5c8', family: 'SQL Server 2012 SP2 Standard on Windows Server 2012', os: 'Windows', sizeGb: 128, eula: 'http://go.microsoft.com/fwlink/?LinkID=386637', blurb: 'This image contains the full version of SQL Server 2012 SP2 Standard edition. Some SQL Server components require additional setup and configuration before use. Medium is the minimum recommended size for this image.' },
    { publisher: 'Microsoft Visual Studio Group', hash: '03f55de797f546a1b29d1b8d66be687a', family: 'Visual Studio Community 2015 on Windows Server 2012 R2', os: 'Windows', sizeGb: 128, eula: 'http://go.microsoft.com/fwlink/?LinkID=430755', blurb: 'The Visual Studio Community image enables you to unleash the full power of Visual Studio to develop cross-platform solutions. Create apps in one unified IDE, and incorporate new languages, features, and development tools into them with Visual Studio Extensions (available in the Visual Studio Gallery).' },
    { publisher: 'Microsoft BizTalk Server Group', hash: '2cdc6229df6344129ee553dd3499f0d3', family: 'BizTalk Server 2013 R2 Enterprise', os: 'Windows', sizeGb: 128, eula: 'http://go.microsoft.com/fwlink/?LinkId=313230', blurb: 'Microsoft BizTalk Server 2013 R2 Enterprise is designed for customers with enterprise-level requirements for high volume, reliability, and availability. With BizTalk Server customers can connect disparate systems and integrate with Azure services.' },
    { publisher: 'Microsoft SharePoint Group', hash: 'c6e0f177abd8496e934234bd27f46c5d', family: 'SharePoint Server 2013 Trial', os: 'Windows', sizeGb: 128, eula: 'http://go.microsoft.com/fwlink/?LinkID=282415', blurb: 'SharePoint Server 2013 Trial. This image includes a fully-functional evaluation copy of SharePoint Server 2013 that expires 180 days after provisioning.' },
    { publisher: 'RightScale with Linux', hash: '0b11de9248dd4d87b18621318e037d37', family: 'RightImage CentOS 6', os: 'Linux', sizeGb: 30, eula: 'http://support.rightscale.com/12-Guides/RightLink/RightLink_End_User_License_Agreeement', blurb: 'RightImage is a base image that works with RightScale ServerTemplates to deploy and manage servers in the cloud. Includes RightLink, the RightScale agent.' },
    { publisher: 'Microsoft Windows Server Essentials Group', hash: '3a50f22b388a4ff7ab41029918570fa6', family: 'Windows Server Essentials Experience on Windows Server 2012 R2', os: 'Windows', sizeGb: 128, eula: 'http://go.microsoft.com/fwlink/?LinkId=299229', blurb: 'Windows Server Essentials Experience role enables remote access and data protection features. Use it to set up your organization\'s infrastructure in the cloud.' },
];

const SIZES = ['Small', 'Medium', 'Large', 'ExtraLarge', 'A5', 'A6', 'A7'];
const EXTRAS = [
    'This image is updated monthly with the latest security patches and platform updates.',
    'It includes the Microsoft Azure VM Agent, which provides extensions for configuration and monitoring.',
    'Images are published after validation against the published guidance for running on Microsoft Azure.',
    'Support is available from the publisher under the terms of the license agreement linked below.',
];

/** `count` public OS images, several dated builds per family; `extraDescription` sentences lengthen every description (tuning the size). */
export function generateOsImages(count: number, seed = 2015, extraDescription = 0): SeedOsImage[] {
    const random = mulberry32(seed);
    const images: SeedOsImage[] = [];
    for (let i = 0; i < count; i++) {
        const f = FAMILIES[i % FAMILIES.length] as Family;
        const build = Math.floor(i / FAMILIES.length);
        const published = new Date(Date.UTC(2013, 0, 1) + build * 9 * 86_400_000 + Math.floor(random() * 8) * 86_400_000);
        const stamp = published.toISOString().slice(0, 10).replace(/-/g, '');
        const version = `${f.os === 'Windows' ? `${4 + (build % 3)}.${build}.${1000 + build * 7}` : `${Math.floor(build / 12)}.${build % 12}.${stamp}`}`;
        const slug = f.family.replace(/[^A-Za-z0-9.]+/g, '-').replace(/-+$/, '');
        const extras = Array.from({ length: extraDescription }, (_, k) => EXTRAS[(i + k) % EXTRAS.length]).join(' ');
        images.push({
            name: `${f.hash}__${slug}-${version}-${stamp}-en.us-${f.sizeGb}GB${f.os === 'Windows' ? '.vhd' : ''}`,
            label: `${f.family} ${version}`,
            os: f.os,
            category: 'Public',
            logicalSizeInGB: f.sizeGb,
            description: `${f.family} (build ${version}, published ${published.toISOString().slice(0, 10)}) for Microsoft Azure. ${f.blurb}${extras === '' ? '' : ` ${extras}`}`,
            imageFamily: f.family,
            publishedDate: published.toISOString().replace('.000Z', 'Z'),
            publisherName: f.publisher,
            ...(f.os === 'Windows' ? { recommendedVMSize: SIZES[Math.floor(random() * SIZES.length)] as string } : {}),
            eula: f.eula,
            isPremium: random() < 0.1,
            showInGui: random() < 0.8,
        });
    }
    return images;
}
