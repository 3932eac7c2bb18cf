/**
 * Deterministic generator of fictional companies, for sample data, tests and benchmarks.
 *
 * Every name is coined from invented syllables, so nothing here describes a real business. The same
 * (count, seed) always yields the same companies, on every machine: the only source of randomness is
 * a seeded mulberry32 PRNG, and every choice is drawn from it in a fixed order.
 */
import Papa from 'papaparse'

export interface GeneratedCompany {
  name: string
  website: string
  industry: string
  city: string
  region: string
  country: string
  employees: number
  annualRevenue: number
  description: string
}

/** The shipped `resources/sample-territory.csv` is `generateCompanies(SAMPLE_TERRITORY_COUNT, SAMPLE_TERRITORY_SEED)`. */
export const SAMPLE_TERRITORY_SEED = 42
export const SAMPLE_TERRITORY_COUNT = 200
export const SAMPLE_TERRITORY_COLUMNS = [
  'name',
  'website',
  'industry',
  'city',
  'region',
  'country',
  'employees',
  'annual_revenue',
  'description',
] as const

export const HUBSPOT_COMPANY_COLUMNS = [
  'Record ID',
  'Company name',
  'Company Domain Name',
  'Website URL',
  'Industry',
  'City',
  'State/Region',
  'Country/Region',
  'Number of Employees',
  'Annual Revenue',
  'Description',
] as const

export const SALESFORCE_ACCOUNT_COLUMNS = [
  'Account ID',
  'Account Name',
  'Website',
  'Industry',
  'Billing City',
  'Billing State/Province',
  'Billing Country',
  'Employees',
  'Annual Revenue',
  'Description',
] as const

// ---------------------------------------------------------------------------------------------------
// Randomness

type Rng = () => number

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for test data and fully reproducible. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)]
  if (item === undefined) throw new Error('pick() needs a non-empty list')
  return item
}

function pickWeighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0)
  let roll = rng() * total
  for (const [item, weight] of items) {
    roll -= weight
    if (roll < 0) return item
  }
  const last = items[items.length - 1]
  if (last === undefined) throw new Error('pickWeighted() needs a non-empty list')
  return last[0]
}

/** Roughly normal, mean 0, standard deviation 0.5 (Irwin–Hall with three terms). */
function roughNormal(rng: Rng): number {
  return rng() + rng() + rng() - 1.5
}

// ---------------------------------------------------------------------------------------------------
// Industries

/** One line of business: what the company does, what it may be called, and whom it serves. */
interface BusinessLine {
  /** A noun phrase that reads after a size adjective ("Independent craft brewery"). */
  offering: string
  /** Words that end a company name in this line ("Brewing"). */
  nouns: readonly string[]
  customers: readonly string[]
}

interface IndustrySpec {
  name: string
  lines: readonly BusinessLine[]
  /** Typical annual revenue per employee. */
  revenuePerEmployee: number
  /** Share of names built from invented surnames ("Dorley & Kestham"), as professional firms often are. */
  personNameShare: number
}

const industries: readonly IndustrySpec[] = [
  {
    name: 'Logistics',
    revenuePerEmployee: 180_000,
    personNameShare: 0.1,
    lines: [
      {
        offering: 'freight brokerage arranging full and part truckload shipments',
        nouns: ['Freight', 'Logistics', 'Transport'],
        customers: ['mid-sized manufacturers', 'building-supply merchants', 'farm cooperatives and food processors'],
      },
      {
        offering: 'temperature-controlled trucking and cross-docking service',
        nouns: ['Cold Chain', 'Haulage', 'Transport'],
        customers: ['regional grocery chains and food wholesalers', 'pharmacy distributors', 'dairies and meat packers'],
      },
      {
        offering: 'third-party warehousing and order fulfillment operation',
        nouns: ['Fulfillment', 'Distribution', 'Logistics'],
        customers: ['online retailers', 'subscription box companies', 'consumer brands selling direct to customers'],
      },
      {
        offering: 'last-mile delivery network for bulky and time-critical goods',
        nouns: ['Delivery', 'Couriers', 'Express'],
        customers: ['furniture and appliance retailers', 'medical device distributors', 'auto parts suppliers'],
      },
      {
        offering: 'customs brokerage and international freight forwarding service',
        nouns: ['Shipping', 'Cargo', 'Forwarding'],
        customers: ['importers of consumer goods', 'exporters of machinery', 'specialty food importers'],
      },
    ],
  },
  {
    name: 'Software',
    revenuePerEmployee: 210_000,
    personNameShare: 0.03,
    lines: [
      {
        offering: 'maker of scheduling and dispatch software',
        nouns: ['Software', 'Systems', 'Apps'],
        customers: ['home-service contractors', 'facility maintenance teams', 'mobile healthcare providers'],
      },
      {
        offering: 'developer of a subscription billing platform',
        nouns: ['Billing', 'Cloud', 'Technologies'],
        customers: ['software-as-a-service startups', 'membership organizations', 'media publishers with paid subscribers'],
      },
      {
        offering: 'maker of reporting and analytics tools',
        nouns: ['Analytics', 'Data', 'Insights'],
        customers: ['finance teams at mid-sized companies', 'multi-site retailers', 'hospital operations managers'],
      },
      {
        offering: 'developer of document automation software',
        nouns: ['Labs', 'Digital', 'Software'],
        customers: ['law firms and in-house legal teams', 'accounting practices', 'insurance agencies'],
      },
      {
        offering: 'provider of inspection and compliance apps',
        nouns: ['Systems', 'Technologies', 'Labs'],
        customers: ['property management companies', 'food manufacturers', 'construction safety teams'],
      },
    ],
  },
  {
    name: 'Manufacturing',
    revenuePerEmployee: 240_000,
    personNameShare: 0.1,
    lines: [
      {
        offering: 'contract manufacturer of sheet-metal enclosures',
        nouns: ['Fabrication', 'Metalworks', 'Manufacturing'],
        customers: ['electronics and telecom hardware companies', 'electrical equipment makers', 'kiosk and vending machine builders'],
      },
      {
        offering: 'producer of injection-molded plastic parts',
        nouns: ['Plastics', 'Molding', 'Industries'],
        customers: ['automotive suppliers', 'household appliance brands', 'medical device makers'],
      },
      {
        offering: 'precision machining shop making small-batch components',
        nouns: ['Precision', 'Machining', 'Components'],
        customers: ['aerospace suppliers', 'agricultural equipment builders', 'robotics startups'],
      },
      {
        offering: 'manufacturer of industrial pumps and valves',
        nouns: ['Pumps', 'Flow Systems', 'Industries'],
        customers: ['water utilities and treatment plants', 'chemical processors', 'mining and quarrying operators'],
      },
      {
        offering: 'maker of commercial kitchen equipment',
        nouns: ['Manufacturing', 'Equipment', 'Industries'],
        customers: ['restaurant chains', 'hospital and school caterers', 'hotel groups'],
      },
    ],
  },
  {
    name: 'Healthcare',
    revenuePerEmployee: 120_000,
    personNameShare: 0.1,
    lines: [
      {
        offering: 'network of outpatient physiotherapy clinics',
        nouns: ['Physiotherapy', 'Rehab', 'Clinics'],
        customers: ['patients recovering from surgery', 'sports clubs and their members', 'employers with physically demanding jobs'],
      },
      {
        offering: 'home-care agency providing visiting nurses and aides',
        nouns: ['Home Care', 'Care', 'Health'],
        customers: ['older adults living independently', 'patients discharged from local hospitals', 'families caring for a relative'],
      },
      {
        offering: 'diagnostic imaging and laboratory service',
        nouns: ['Diagnostics', 'Imaging', 'Medical'],
        customers: ['family doctors and specialists', 'occupational health programs', 'private clinics'],
      },
      {
        offering: 'group of family dental practices',
        nouns: ['Dental Group', 'Dental', 'Smile Care'],
        customers: ['families in suburban communities', 'employers offering dental plans', 'patients needing urgent appointments'],
      },
      {
        offering: 'occupational health service running on-site checkups',
        nouns: ['Health', 'Medical', 'Workplace Health'],
        customers: ['employers with shift-based workforces', 'construction and transport companies', 'public-sector employers'],
      },
    ],
  },
  {
    name: 'Legal services',
    revenuePerEmployee: 200_000,
    personNameShare: 0.7,
    lines: [
      {
        offering: 'law firm focused on commercial leases and property disputes',
        nouns: ['Law', 'Legal', 'Law Group'],
        customers: ['landlords and property investors', 'retailers and restaurant operators', 'owner-managed businesses'],
      },
      {
        offering: 'employment law practice',
        nouns: ['Employment Law', 'Legal', 'Counsel'],
        customers: ['employers with growing headcount', 'HR directors', 'franchise operators'],
      },
      {
        offering: 'law firm handling mergers, acquisitions and company formation',
        nouns: ['Law', 'Legal Partners', 'Counsel'],
        customers: ['startups and their investors', 'family businesses planning a sale', 'private equity funds'],
      },
      {
        offering: 'immigration and global mobility practice',
        nouns: ['Immigration Law', 'Legal', 'Law Office'],
        customers: ['companies relocating skilled staff', 'universities and research institutes', 'hospitals recruiting abroad'],
      },
      {
        offering: 'intellectual property and licensing practice',
        nouns: ['IP Law', 'Legal', 'Law Group'],
        customers: ['software and media companies', 'product designers and inventors', 'university spin-offs'],
      },
    ],
  },
  {
    name: 'Financial services',
    revenuePerEmployee: 300_000,
    personNameShare: 0.3,
    lines: [
      {
        offering: 'commercial lender offering equipment and invoice finance',
        nouns: ['Capital', 'Lending', 'Finance'],
        customers: ['construction and trade contractors', 'manufacturers buying machinery', 'staffing agencies'],
      },
      {
        offering: 'insurance brokerage placing property and liability cover',
        nouns: ['Insurance Brokers', 'Risk Partners', 'Insurance'],
        customers: ['small and mid-sized businesses', 'landlords and property managers', 'transport operators'],
      },
      {
        offering: 'wealth management firm',
        nouns: ['Wealth Management', 'Wealth', 'Advisors'],
        customers: ['business owners planning retirement', 'medical professionals', 'families managing an inheritance'],
      },
      {
        offering: 'payment processor handling card and bank transfers',
        nouns: ['Payments', 'Pay', 'Merchant Services'],
        customers: ['independent retailers and restaurants', 'online shops', 'clubs and charities collecting fees'],
      },
      {
        offering: 'bookkeeping and payroll bureau',
        nouns: ['Financial', 'Payroll', 'Finance'],
        customers: ['small businesses without a finance team', 'restaurants and cafes', 'medical and dental practices'],
      },
    ],
  },
  {
    name: 'Retail',
    revenuePerEmployee: 150_000,
    personNameShare: 0.15,
    lines: [
      {
        offering: 'chain of outdoor and camping stores',
        nouns: ['Outfitters', 'Outdoor', 'Trail Supply'],
        customers: ['weekend hikers and families', 'scout groups and schools', 'anglers and campers'],
      },
      {
        offering: 'home furnishings retailer with stores and an online shop',
        nouns: ['Home', 'Home Goods', 'Interiors'],
        customers: ['first-time homeowners', 'landlords furnishing rentals', 'interior designers'],
      },
      {
        offering: 'group of neighborhood hardware stores',
        nouns: ['Hardware', 'Supply', 'Building Supply'],
        customers: ['tradespeople and DIY enthusiasts', 'property maintenance crews', 'gardeners and homeowners'],
      },
      {
        offering: 'specialty food and wine retailer',
        nouns: ['Market', 'Pantry', 'Provisions'],
        customers: ['food lovers and corporate gift buyers', 'restaurants buying in small quantities', 'local households'],
      },
      {
        offering: 'online seller of refurbished office furniture',
        nouns: ['Office Supply', 'Trading', 'Goods'],
        customers: ['startups furnishing their first office', 'schools and training centers', 'companies moving premises'],
      },
    ],
  },
  {
    name: 'Construction',
    revenuePerEmployee: 220_000,
    personNameShare: 0.25,
    lines: [
      {
        offering: 'general contractor building offices, schools and warehouses',
        nouns: ['Construction', 'Builders', 'Contracting'],
        customers: ['commercial property developers', 'school districts', 'logistics companies expanding their sites'],
      },
      {
        offering: 'commercial roofing and cladding contractor',
        nouns: ['Roofing', 'Envelope', 'Contracting'],
        customers: ['warehouse owners', 'facility managers', 'general contractors'],
      },
      {
        offering: 'civil engineering contractor working on roads and drainage',
        nouns: ['Civil', 'Earthworks', 'Infrastructure'],
        customers: ['municipalities and highway agencies', 'housing developers', 'utility companies'],
      },
      {
        offering: 'design-and-build firm specializing in store fit-outs',
        nouns: ['Interiors', 'Build', 'Fit-Out'],
        customers: ['retail and restaurant brands', 'bank branch networks', 'clinic operators'],
      },
      {
        offering: 'homebuilder developing small residential communities',
        nouns: ['Homes', 'Residential', 'Builders'],
        customers: ['first-time and downsizing homebuyers', 'retirees moving closer to family', 'young families'],
      },
    ],
  },
  {
    name: 'Education',
    revenuePerEmployee: 80_000,
    personNameShare: 0.05,
    lines: [
      {
        offering: 'corporate training provider running leadership courses',
        nouns: ['Training', 'Learning', 'Leadership'],
        customers: ['newly promoted managers', 'human resources departments', 'public-sector agencies'],
      },
      {
        offering: 'private college offering evening business degrees',
        nouns: ['College', 'Institute', 'School of Business'],
        customers: ['working adults changing careers', 'employers sponsoring staff', 'international students'],
      },
      {
        offering: 'tutoring service for exam preparation',
        nouns: ['Tutoring', 'Tutors', 'Academy'],
        customers: ['secondary-school students and their parents', 'adults returning to study', 'schools needing extra support'],
      },
      {
        offering: 'provider of online safety and compliance courses',
        nouns: ['Learning', 'eLearning', 'Education'],
        customers: ['employers in regulated industries', 'care homes and clinics', 'construction firms'],
      },
      {
        offering: 'vocational school teaching skilled trades',
        nouns: ['Skills', 'Trade School', 'Academy'],
        customers: ['apprentices and their employers', 'school leavers', 'workers retraining after layoffs'],
      },
    ],
  },
  {
    name: 'Hospitality',
    revenuePerEmployee: 65_000,
    personNameShare: 0.1,
    lines: [
      {
        offering: 'group of boutique hotels',
        nouns: ['Hotels', 'Hospitality', 'Inns'],
        customers: ['business travelers', 'weekend visitors', 'wedding parties'],
      },
      {
        offering: 'event catering company',
        nouns: ['Catering', 'Kitchen', 'Events'],
        customers: ['corporate offices', 'wedding parties', 'charities hosting fundraisers'],
      },
      {
        offering: 'operator of lakeside holiday resorts',
        nouns: ['Resorts', 'Lodges', 'Retreats'],
        customers: ['families on short breaks', 'companies running team retreats', 'retired couples'],
      },
      {
        offering: 'conference venue and events business',
        nouns: ['Events', 'Conference Center', 'Venues'],
        customers: ['associations running annual meetings', 'companies holding sales kickoffs', 'universities hosting symposiums'],
      },
      {
        offering: 'operator of serviced apartments',
        nouns: ['Suites', 'Apartments', 'Residences'],
        customers: ['contractors and staff on long assignments', 'relocating employees', 'visiting medical staff'],
      },
    ],
  },
  {
    name: 'Energy',
    revenuePerEmployee: 450_000,
    personNameShare: 0.05,
    lines: [
      {
        offering: 'installer of rooftop solar and battery systems',
        nouns: ['Solar', 'Renewables', 'Energy'],
        customers: ['warehouses and factories', 'farms and rural businesses', 'schools and public buildings'],
      },
      {
        offering: 'independent electricity supplier',
        nouns: ['Power', 'Energy', 'Utilities'],
        customers: ['small businesses on flexible contracts', 'multi-site retailers', 'housing associations'],
      },
      {
        offering: 'developer of community wind projects',
        nouns: ['Wind', 'Renewables', 'Wind Power'],
        customers: ['rural landowners and local councils', 'energy cooperatives', 'utilities buying clean power'],
      },
      {
        offering: 'distributor of heating oil and propane',
        nouns: ['Fuels', 'Propane', 'Energy'],
        customers: ['farms and rural households', 'commercial kitchens', 'construction sites'],
      },
      {
        offering: 'energy services company retrofitting lighting and heating',
        nouns: ['Energy Services', 'Efficiency', 'Grid Services'],
        customers: ['schools, hospitals and public buildings', 'office landlords', 'manufacturing plants'],
      },
    ],
  },
  {
    name: 'Food & beverage',
    revenuePerEmployee: 200_000,
    personNameShare: 0.15,
    lines: [
      {
        offering: 'craft brewery',
        nouns: ['Brewing', 'Brewery', 'Ales'],
        customers: ['pubs, bars and bottle shops', 'restaurants', 'grocery chains'],
      },
      {
        offering: 'wholesale bakery',
        nouns: ['Bakery', 'Bakehouse', 'Breads'],
        customers: ['cafes, hotels and supermarkets', 'school caterers', 'sandwich shops'],
      },
      {
        offering: 'specialty coffee roaster',
        nouns: ['Coffee Roasters', 'Coffee', 'Roastery'],
        customers: ['offices and independent cafes', 'restaurants', 'online subscribers'],
      },
      {
        offering: 'producer of ready meals',
        nouns: ['Foods', 'Kitchens', 'Provisions'],
        customers: ['grocery chains and hospital canteens', 'airlines and rail caterers', 'meal delivery services'],
      },
      {
        offering: 'dairy cooperative making cheese and yogurt',
        nouns: ['Dairy', 'Creamery', 'Farms'],
        customers: ['delicatessens and regional grocers', 'food manufacturers', 'restaurants'],
      },
    ],
  },
  {
    name: 'Professional services',
    revenuePerEmployee: 160_000,
    personNameShare: 0.5,
    lines: [
      {
        offering: 'management consultancy improving operations',
        nouns: ['Consulting', 'Advisory', 'Partners'],
        customers: ['manufacturers and distributors', 'hospital groups', 'private equity portfolio companies'],
      },
      {
        offering: 'accounting and tax practice',
        nouns: ['Accountants', 'Tax Advisors', 'Associates'],
        customers: ['family-owned businesses', 'self-employed professionals', 'charities and nonprofits'],
      },
      {
        offering: 'recruitment firm placing finance and IT specialists',
        nouns: ['Recruitment', 'Talent', 'Search Partners'],
        customers: ['fast-growing technology companies', 'banks and insurers', 'public-sector bodies'],
      },
      {
        offering: 'HR consultancy handling policies and investigations',
        nouns: ['People Advisory', 'HR Consulting', 'Associates'],
        customers: ['employers without an in-house HR team', 'schools and colleges', 'retail chains'],
      },
      {
        offering: 'engineering consultancy preparing permits and surveys',
        nouns: ['Engineering', 'Consulting Engineers', 'Surveys'],
        customers: ['property developers and local authorities', 'renewable energy developers', 'industrial site owners'],
      },
    ],
  },
  {
    name: 'Media',
    revenuePerEmployee: 170_000,
    personNameShare: 0.15,
    lines: [
      {
        offering: 'video production studio',
        nouns: ['Studios', 'Productions', 'Films'],
        customers: ['brands launching new products', 'training departments', 'charities telling their story'],
      },
      {
        offering: 'trade magazine publisher',
        nouns: ['Publishing', 'Press', 'Media'],
        customers: ['professionals in the construction and engineering trades', 'hospitality managers', 'farm businesses'],
      },
      {
        offering: 'content marketing agency',
        nouns: ['Creative', 'Content', 'Agency'],
        customers: ['business-to-business software companies', 'professional services firms', 'industrial suppliers'],
      },
      {
        offering: 'local radio and podcast network',
        nouns: ['Broadcasting', 'Radio', 'Audio'],
        customers: ['listeners and local advertisers', 'community organizations', 'regional retailers'],
      },
      {
        offering: 'market research and consumer insights agency',
        nouns: ['Research', 'Insights', 'Media'],
        customers: ['consumer goods makers', 'retail chains', 'restaurant brands'],
      },
    ],
  },
  {
    name: 'Telecommunications',
    revenuePerEmployee: 350_000,
    personNameShare: 0.03,
    lines: [
      {
        offering: 'business internet and phone provider',
        nouns: ['Telecom', 'Communications', 'Connect'],
        customers: ['multi-site retailers', 'professional offices', 'hotels and venues'],
      },
      {
        offering: 'fiber network builder',
        nouns: ['Fiber', 'Broadband', 'Networks'],
        customers: ['business parks and rural towns', 'housing developers', 'hospitals and campuses'],
      },
      {
        offering: 'managed network and cybersecurity service',
        nouns: ['Networks', 'Secure Networks', 'Managed IT'],
        customers: ['small offices without their own IT staff', 'clinics and dental practices', 'law and accounting firms'],
      },
      {
        offering: 'cloud phone system and contact-center provider',
        nouns: ['Voice', 'Communications', 'Contact'],
        customers: ['customer-service teams', 'sales teams working remotely', 'booking and reservations desks'],
      },
      {
        offering: 'mobile data and fleet-tracking provider',
        nouns: ['Wireless', 'Mobile', 'Telematics'],
        customers: ['field workforces and fleets', 'delivery companies', 'utilities with mobile crews'],
      },
    ],
  },
]

export const GENERATED_INDUSTRIES: readonly string[] = industries.map((industry) => industry.name)

// ---------------------------------------------------------------------------------------------------
// Places

interface CountrySpec {
  name: string
  /** How the country reads inside a sentence ("the United States"). */
  inSentence: string
  weight: number
  /** Legal forms for smaller and larger companies; an empty string means "no legal form in the name". */
  legalForms: readonly string[]
  largeLegalForms: readonly string[]
  lawFirmForm: string
  /** `inSentence` when the region reads with an article ("the West Midlands"). */
  regions: readonly { name: string; inSentence?: string; cities: readonly string[] }[]
}

const countries: readonly CountrySpec[] = [
  {
    name: 'United States',
    inSentence: 'the United States',
    weight: 50,
    legalForms: ['Inc.', 'LLC', 'Co.'],
    largeLegalForms: ['Inc.', 'Corp.'],
    lawFirmForm: 'LLP',
    regions: [
      { name: 'Texas', cities: ['Austin', 'Houston', 'Dallas', 'San Antonio', 'El Paso'] },
      { name: 'Ohio', cities: ['Columbus', 'Cleveland', 'Cincinnati', 'Dayton'] },
      { name: 'California', cities: ['San Diego', 'Sacramento', 'Oakland', 'Fresno', 'San Jose'] },
      { name: 'New York', cities: ['New York', 'Buffalo', 'Rochester', 'Albany'] },
      { name: 'Illinois', cities: ['Chicago', 'Naperville', 'Peoria', 'Rockford'] },
      { name: 'Georgia', cities: ['Atlanta', 'Savannah', 'Augusta'] },
      { name: 'Washington', cities: ['Seattle', 'Spokane', 'Tacoma'] },
      { name: 'Colorado', cities: ['Denver', 'Boulder', 'Colorado Springs'] },
      { name: 'Massachusetts', cities: ['Boston', 'Worcester', 'Springfield'] },
      { name: 'North Carolina', cities: ['Charlotte', 'Raleigh', 'Greensboro'] },
      { name: 'Pennsylvania', cities: ['Pittsburgh', 'Philadelphia', 'Allentown'] },
      { name: 'Michigan', cities: ['Detroit', 'Grand Rapids', 'Lansing'] },
      { name: 'Minnesota', cities: ['Minneapolis', 'Saint Paul', 'Rochester'] },
      { name: 'Arizona', cities: ['Phoenix', 'Tucson', 'Mesa'] },
      { name: 'Florida', cities: ['Tampa', 'Orlando', 'Miami', 'Jacksonville'] },
      { name: 'Tennessee', cities: ['Nashville', 'Memphis', 'Knoxville'] },
      { name: 'Oregon', cities: ['Portland', 'Eugene', 'Salem'] },
      { name: 'Wisconsin', cities: ['Milwaukee', 'Madison', 'Green Bay'] },
    ],
  },
  {
    name: 'Canada',
    inSentence: 'Canada',
    weight: 12,
    legalForms: ['Inc.', 'Ltd.'],
    largeLegalForms: ['Inc.', 'Ltd.'],
    lawFirmForm: 'LLP',
    regions: [
      { name: 'Ontario', cities: ['Toronto', 'Ottawa', 'Hamilton', 'London', 'Kitchener'] },
      { name: 'Quebec', cities: ['Montreal', 'Quebec City', 'Laval'] },
      { name: 'British Columbia', cities: ['Vancouver', 'Victoria', 'Kelowna'] },
      { name: 'Alberta', cities: ['Calgary', 'Edmonton', 'Red Deer'] },
      { name: 'Nova Scotia', cities: ['Halifax', 'Dartmouth'] },
      { name: 'Manitoba', cities: ['Winnipeg', 'Brandon'] },
    ],
  },
  {
    name: 'United Kingdom',
    inSentence: 'the United Kingdom',
    weight: 18,
    legalForms: ['Ltd'],
    largeLegalForms: ['plc', 'Ltd'],
    lawFirmForm: 'LLP',
    regions: [
      { name: 'Greater London', cities: ['London', 'Croydon'] },
      { name: 'North West England', cities: ['Manchester', 'Liverpool', 'Preston'] },
      { name: 'West Midlands', inSentence: 'the West Midlands', cities: ['Birmingham', 'Coventry', 'Wolverhampton'] },
      { name: 'Yorkshire and the Humber', cities: ['Leeds', 'Sheffield', 'York', 'Hull'] },
      { name: 'Scotland', cities: ['Edinburgh', 'Glasgow', 'Aberdeen', 'Dundee'] },
      { name: 'Wales', cities: ['Cardiff', 'Swansea', 'Newport'] },
      { name: 'South West England', cities: ['Bristol', 'Exeter', 'Plymouth'] },
      { name: 'North East England', cities: ['Newcastle upon Tyne', 'Sunderland', 'Durham'] },
    ],
  },
  {
    name: 'Germany',
    inSentence: 'Germany',
    weight: 6,
    legalForms: ['GmbH'],
    largeLegalForms: ['AG', 'GmbH'],
    lawFirmForm: '',
    regions: [
      { name: 'Bavaria', cities: ['Munich', 'Nuremberg', 'Augsburg'] },
      { name: 'North Rhine-Westphalia', cities: ['Cologne', 'Düsseldorf', 'Dortmund'] },
      { name: 'Berlin', cities: ['Berlin'] },
      { name: 'Hamburg', cities: ['Hamburg'] },
      { name: 'Baden-Württemberg', cities: ['Stuttgart', 'Karlsruhe', 'Freiburg'] },
    ],
  },
  {
    name: 'France',
    inSentence: 'France',
    weight: 4,
    legalForms: ['SAS', 'SARL'],
    largeLegalForms: ['SA', 'SAS'],
    lawFirmForm: '',
    regions: [
      { name: 'Île-de-France', cities: ['Paris', 'Versailles'] },
      { name: 'Auvergne-Rhône-Alpes', cities: ['Lyon', 'Grenoble'] },
      { name: 'Occitanie', cities: ['Toulouse', 'Montpellier'] },
      { name: "Provence-Alpes-Côte d'Azur", cities: ['Marseille', 'Nice'] },
    ],
  },
  {
    name: 'Netherlands',
    inSentence: 'the Netherlands',
    weight: 4,
    legalForms: ['B.V.'],
    largeLegalForms: ['N.V.', 'B.V.'],
    lawFirmForm: '',
    regions: [
      { name: 'North Holland', cities: ['Amsterdam', 'Haarlem'] },
      { name: 'South Holland', cities: ['Rotterdam', 'The Hague', 'Leiden'] },
      { name: 'Utrecht', cities: ['Utrecht', 'Amersfoort'] },
      { name: 'North Brabant', cities: ['Eindhoven', 'Tilburg'] },
    ],
  },
  {
    name: 'Ireland',
    inSentence: 'Ireland',
    weight: 3,
    legalForms: ['Ltd'],
    largeLegalForms: ['plc', 'Ltd'],
    lawFirmForm: 'LLP',
    regions: [
      { name: 'Leinster', cities: ['Dublin', 'Kilkenny'] },
      { name: 'Munster', cities: ['Cork', 'Limerick'] },
      { name: 'Connacht', cities: ['Galway'] },
    ],
  },
  {
    name: 'Spain',
    inSentence: 'Spain',
    weight: 2,
    legalForms: ['S.L.'],
    largeLegalForms: ['S.A.'],
    lawFirmForm: '',
    regions: [
      { name: 'Catalonia', cities: ['Barcelona', 'Girona'] },
      { name: 'Community of Madrid', inSentence: 'the Community of Madrid', cities: ['Madrid'] },
      { name: 'Valencian Community', inSentence: 'the Valencian Community', cities: ['Valencia', 'Alicante'] },
    ],
  },
  {
    name: 'Sweden',
    inSentence: 'Sweden',
    weight: 1,
    legalForms: ['AB'],
    largeLegalForms: ['AB'],
    lawFirmForm: '',
    regions: [
      { name: 'Stockholm County', cities: ['Stockholm'] },
      { name: 'Skåne County', cities: ['Malmö', 'Lund'] },
      { name: 'Västra Götaland County', cities: ['Gothenburg'] },
    ],
  },
]

// ---------------------------------------------------------------------------------------------------
// Sizes: many small companies, few large ones. Within a band the size is log-uniform.

const employeeBands: readonly (readonly [readonly [number, number], number])[] = [
  [[5, 19], 26],
  [[20, 99], 34],
  [[100, 499], 21],
  [[500, 1_999], 10],
  [[2_000, 4_999], 6],
  [[5_000, 20_000], 3],
]

function drawEmployees(rng: Rng): number {
  const [low, high] = pickWeighted(rng, employeeBands)
  const value = Math.round(Math.exp(Math.log(low) + rng() * (Math.log(high) - Math.log(low))))
  return Math.min(high, Math.max(low, value))
}

function drawRevenue(rng: Rng, employees: number, industry: IndustrySpec): number {
  const noisy = employees * industry.revenuePerEmployee * Math.exp(0.7 * roughNormal(rng))
  return Math.max(10_000, Math.round(noisy / 10_000) * 10_000)
}

// ---------------------------------------------------------------------------------------------------
// Names: coined from invented syllables so they read like companies without being any real one.

const nameStarts = [
  'Al', 'Bren', 'Cal', 'Dor', 'Eld', 'Fen', 'Gar', 'Hal', 'Ister', 'Jas', 'Kel', 'Lor', 'Mar', 'Nor', 'Orl', 'Pell',
  'Quen', 'Ros', 'Sel', 'Tor', 'Ulm', 'Val', 'Wyn', 'Yar', 'Zel', 'Ash', 'Bram', 'Cor', 'Dun', 'Evan', 'Fal', 'Glen',
  'Hart', 'Kest', 'Lun', 'Mer', 'Ost', 'Ren', 'Sten', 'Tam', 'Vel', 'Wex', 'Brin', 'Cael', 'Drum', 'Tal', 'Sav', 'Ambel',
] as const

const nameEnds = [
  'vera', 'mont', 'ridge', 'haven', 'wick', 'stone', 'field', 'brook', 'crest', 'dale', 'gate', 'more', 'ford', 'line',
  'mark', 'point', 'wood', 'vale', 'sight', 'bay', 'port', 'tide', 'row', 'spire', 'holt', 'mere', 'shaw', 'thorne',
  'well', 'way', 'oria', 'ello', 'ano',
] as const

const surnameEnds = ['wick', 'ley', 'ton', 'more', 'ridge', 'ford', 'by', 'well', 'ham', 'croft', 'ard', 'stead', 'combe'] as const

/**
 * Coined words that happen to spell a well-known company, brand, place or plain English word. They
 * are redrawn, so a generated name never leans on a real business's identity.
 */
export const RESERVED_NAME_WORDS: ReadonlySet<string> = new Set([
  'alley', 'almont', 'alton', 'ashby', 'ashcroft', 'ashdale', 'ashfield', 'ashford', 'ashley', 'ashton', 'ashwood',
  'corby', 'dunham', 'dunmore', 'fenton', 'fenway', 'fenwick', 'garfield', 'glendale', 'glenfield', 'glenmark',
  'glenmore', 'glenwood', 'halford', 'halley', 'halton', 'hartford', 'hartley', 'hartwell', 'hartwick', 'kelley',
  'margate', 'marley', 'marwick', 'merano', 'merton', 'norridge', 'norton', 'norway', 'norwell', 'norwood', 'renard',
  'renton', 'renwick', 'roswell', 'selby', 'talley', 'torbay', 'valley', 'valmont', 'wexford', 'wynwood', 'yarrow',
])

/** Joins two syllables without stuttering at the seam ("Ash" + "shaw" → "Ashaw", "Pell" + "line" → "Pelline"). */
function joinSyllables(start: string, end: string): string {
  for (const overlap of [2, 1]) if (start.endsWith(end.slice(0, overlap))) return start + end.slice(overlap)
  return start + end
}

function coinFrom(rng: Rng, ends: readonly string[]): string {
  for (;;) {
    const word = joinSyllables(pick(rng, nameStarts), pick(rng, ends))
    if (!RESERVED_NAME_WORDS.has(word.toLowerCase())) return word
  }
}

/** Middle words for three-word names ("Talvera Harbor Freight"). */
const nameQualifiers = [
  'Harbor', 'Summit', 'Northern', 'Coastal', 'Metro', 'Union', 'Pioneer', 'Keystone', 'Meridian', 'Prairie', 'Lakeshore',
  'Highland', 'Riverside', 'Westward', 'Eastgate', 'Granite', 'Cedar', 'Beacon', 'Copper', 'Silver',
] as const

/** Added to a stem only when the random draws keep colliding with names already handed out. */
const distinguishers = ['Group', 'Partners', 'Holdings', 'Collective', 'Works', 'International'] as const

function coinedWord(rng: Rng): string {
  return coinFrom(rng, nameEnds)
}

function coinedSurname(rng: Rng): string {
  return coinFrom(rng, surnameEnds)
}

/** The part of a name that identifies the company; the legal form is added afterwards. */
function drawStem(rng: Rng, industry: IndustrySpec, nouns: readonly string[]): { stem: string; personStyle: boolean } {
  if (rng() < industry.personNameShare) {
    const first = coinedSurname(rng)
    const second = coinedSurname(rng)
    const roll = rng()
    if (roll < 0.3) return { stem: `${first}, ${second} & ${coinedSurname(rng)}`, personStyle: true }
    if (roll < 0.7) return { stem: `${first} & ${second}`, personStyle: true }
    return { stem: `${first} ${second} ${pick(rng, nouns)}`, personStyle: false }
  }
  if (rng() < 0.3) return { stem: `${coinedWord(rng)} ${pick(rng, nameQualifiers)} ${pick(rng, nouns)}`, personStyle: false }
  return { stem: `${coinedWord(rng)} ${pick(rng, nouns)}`, personStyle: false }
}

function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

function legalFormFor(rng: Rng, country: CountrySpec, industry: IndustrySpec, employees: number, personStyle: boolean): string {
  if (industry.name === 'Legal services' && personStyle) return country.lawFirmForm
  if (rng() < 0.45) return ''
  return pick(rng, employees >= 1_000 ? country.largeLegalForms : country.legalForms)
}

// ---------------------------------------------------------------------------------------------------
// Descriptions

const smallAdjectives = ['Independent', 'Family-owned', 'Boutique', 'Owner-managed'] as const
const midAdjectives = ['Growing', 'Established', 'Privately held', 'Well-regarded'] as const
const largeAdjectives = ['Large', 'Multi-site', 'Long-established', 'Major'] as const

function describe(rng: Rng, line: BusinessLine, employees: number, city: string, region: string, country: CountrySpec): string {
  const customers = pick(rng, line.customers)
  let adjective: string
  let area: string
  if (employees < 100) {
    adjective = pick(rng, smallAdjectives)
    area = rng() < 0.5 ? `in and around ${city}` : `in the ${city} area`
  } else if (employees < 2_000) {
    adjective = pick(rng, midAdjectives)
    area = rng() < 0.5 ? `across ${region}` : `in ${region} and nearby areas`
  } else {
    adjective = pick(rng, largeAdjectives)
    area = rng() < 0.5 ? `throughout ${country.inSentence}` : `in ${country.inSentence} and abroad`
  }
  return `${adjective} ${line.offering} serving ${customers} ${area}.`
}

// ---------------------------------------------------------------------------------------------------
// The generator

const countryWeights: readonly (readonly [CountrySpec, number])[] = countries.map((country) => [country, country.weight])

/**
 * `count` fictional companies, the same ones for the same seed. Names, stems (the name without its
 * legal form, so "X Ltd" and "X Inc." never both appear) and websites are unique within one call.
 */
export function generateCompanies(count: number, seed = 1): GeneratedCompany[] {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`)
  const rng = mulberry32(seed)
  const usedSlugs = new Set<string>()
  const companies: GeneratedCompany[] = []

  for (let index = 0; index < count; index++) {
    const industry = pick(rng, industries)
    const line = pick(rng, industry.lines)
    const country = pickWeighted(rng, countryWeights)
    const region = pick(rng, country.regions)
    const city = pick(rng, region.cities)
    const employees = drawEmployees(rng)

    let drawn = drawStem(rng, industry, line.nouns)
    for (let attempt = 0; attempt < 8 && usedSlugs.has(slugOf(drawn.stem)); attempt++) drawn = drawStem(rng, industry, line.nouns)
    let stem = drawn.stem
    if (usedSlugs.has(slugOf(stem))) {
      const base = stem
      stem = `${base} ${pick(rng, distinguishers)}`
      for (let n = 2; usedSlugs.has(slugOf(stem)); n++) stem = `${base} ${n}`
    }
    const slug = slugOf(stem)
    usedSlugs.add(slug)

    const legalForm = legalFormFor(rng, country, industry, employees, drawn.personStyle)
    companies.push({
      name: legalForm ? `${stem} ${legalForm}` : stem,
      website: `https://www.${slug}.com`,
      industry: industry.name,
      city,
      region: region.name,
      country: country.name,
      employees,
      annualRevenue: drawRevenue(rng, employees, industry),
      description: describe(rng, line, employees, city, region.inSentence ?? region.name, country),
    })
  }
  return companies
}

// ---------------------------------------------------------------------------------------------------
// CSV exports

/** The shipped sample format (`resources/sample-territory.csv`): LF line endings, trailing newline. */
export function toSampleTerritoryCsv(companies: readonly GeneratedCompany[]): string {
  const data = companies.map((c) => [c.name, c.website, c.industry, c.city, c.region, c.country, c.employees, c.annualRevenue, c.description])
  return `${Papa.unparse({ fields: [...SAMPLE_TERRITORY_COLUMNS], data }, { newline: '\n' })}\n`
}

/** HubSpot record ids are plain integers; these are stable per position in the list. */
export function hubSpotRecordId(index: number): string {
  return String(9_100_000_000 + index)
}

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const checksumAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'

/**
 * An 18-character Salesforce account id ("001" key prefix), stable per position in the list, with
 * the real case-safe checksum suffix so importers that validate ids accept it.
 */
export function salesforceAccountId(index: number): string {
  let body = ''
  for (let rest = index; body.length < 6; rest = Math.floor(rest / 62)) body = base62.charAt(rest % 62) + body
  const id15 = `001Gw0000${body}`
  let suffix = ''
  for (let chunk = 0; chunk < 3; chunk++) {
    let flags = 0
    for (let bit = 0; bit < 5; bit++) {
      const char = id15.charAt(chunk * 5 + bit)
      if (char >= 'A' && char <= 'Z') flags |= 1 << bit
    }
    suffix += checksumAlphabet.charAt(flags)
  }
  return id15 + suffix
}

function domainOf(website: string): string {
  return new URL(website).hostname.replace(/^www\./, '')
}

/** CSV shaped like a HubSpot companies export (CRLF line endings, RFC 4180 quoting). */
export function toHubSpotCsv(companies: readonly GeneratedCompany[]): string {
  const data = companies.map((c, index) => [
    hubSpotRecordId(index),
    c.name,
    domainOf(c.website),
    c.website,
    c.industry,
    c.city,
    c.region,
    c.country,
    c.employees,
    c.annualRevenue,
    c.description,
  ])
  return Papa.unparse({ fields: [...HUBSPOT_COMPANY_COLUMNS], data })
}

/** CSV shaped like a Salesforce accounts report export (CRLF line endings, RFC 4180 quoting). */
export function toSalesforceCsv(companies: readonly GeneratedCompany[]): string {
  const data = companies.map((c, index) => [
    salesforceAccountId(index),
    c.name,
    c.website,
    c.industry,
    c.city,
    c.region,
    c.country,
    c.employees,
    c.annualRevenue,
    c.description,
  ])
  return Papa.unparse({ fields: [...SALESFORCE_ACCOUNT_COLUMNS], data })
}
